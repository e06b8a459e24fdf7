import {
  test as base,
  expect,
  type Download,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

/** Reads (never drives) the app's store through the test-only `window.__routeStudio` handle. */
export class DesignerState {
  constructor(private readonly page: Page) {}

  fileText(file: string): Promise<string> {
    return this.page.evaluate(
      (name) =>
        window.__routeStudio?.getState().design.files.find((f) => f.name === name)?.text ?? '',
      file,
    );
  }

  resourceKeys(): Promise<string[]> {
    return this.page.evaluate(
      () => window.__routeStudio?.getState().design.resources.map((r) => r.key) ?? [],
    );
  }

  graphNodeIds(): Promise<string[]> {
    return this.page.evaluate(
      () => window.__routeStudio?.getState().graph.nodes.map((n) => n.id) ?? [],
    );
  }

  /** Ids of the graph's edges of one type (`parent-ref`, `backend`, …). */
  edgeIds(type: string): Promise<string[]> {
    return this.page.evaluate(
      (t) =>
        window.__routeStudio
          ?.getState()
          .graph.edges.filter((e) => e.type === t)
          .map((e) => e.id) ?? [],
      type,
    );
  }

  fileNames(): Promise<string[]> {
    return this.page.evaluate(
      () => window.__routeStudio?.getState().design.files.map((f) => f.name) ?? [],
    );
  }

  positions(): Promise<Record<string, { x: number; y: number }>> {
    return this.page.evaluate(() => ({ ...window.__routeStudio?.getState().positions }));
  }

  selection(): Promise<readonly string[]> {
    return this.page.evaluate(() => window.__routeStudio?.getState().selection ?? []);
  }

  /** 1-based number of the first line of `file` that is `line` (ignoring indentation). */
  async lineOf(file: string, line: string): Promise<number> {
    const lines = (await this.fileText(file)).split('\n');
    const index = lines.findIndex((l) => l.trim() === line.trim());
    if (index === -1) throw new Error(`"${line}" is not a line of ${file}`);
    return index + 1;
  }
}

export class CanvasPage {
  constructor(private readonly page: Page) {}

  /** Fits the view (toolbar button) so every node is in view: the canvas renders only those. */
  async fit(): Promise<void> {
    await this.page.getByTestId('toolbar.fit').click();
    await this.page.waitForTimeout(400);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  nodes(): Locator {
    return this.page.locator('[data-testid^="canvas.node."]');
  }

  /** A node's (or a row's) connection handle: `in` on the left, `out` on the right. */
  handle(id: string, side: 'in' | 'out'): Locator {
    return this.page.getByTestId(`canvas.handle.${id}.${side}`);
  }

  /** Drags a connection from one handle to another with the mouse, as a person does. */
  async connect(from: Locator, to: Locator): Promise<void> {
    const b = await to.boundingBox();
    if (!b) throw new Error('handle not visible');
    await this.dragFrom(from, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  }

  /** Presses on the centre of `from` (a handle's visible dot) and lets go at a page point. */
  async dragFrom(from: Locator, to: { x: number; y: number }): Promise<void> {
    const a = await from.boundingBox();
    if (!a) throw new Error('handle not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** The middle of a locator's box on the page. */
  async centreOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not visible');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The canvas' zoom (React Flow's viewport scale). */
  zoom(): Promise<number> {
    return this.page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  }

  /** A supporting object's chip (on what it serves): a click selects the object. */
  chip(id: string): Locator {
    return this.page.getByTestId(`canvas.chip.${id}`);
  }

  /** A node's problem badge (count and worst severity of its errors and warnings). */
  badge(id: string): Locator {
    return this.page.getByTestId(`canvas.badge.${id}`);
  }

  /** The Accepted/ResolvedRefs marker on a parentRef edge. */
  edgeStatus(edgeId: string): Locator {
    return this.page.getByTestId(`canvas.edge-status.${edgeId}`);
  }

  /** A listener row's attached-route count. */
  listenerAttached(listenerId: string): Locator {
    return this.page.getByTestId(`canvas.listener.attached.${listenerId}`);
  }

  /** Clicks a node's header (selecting the whole resource, not one of its rows). */
  async select(id: string): Promise<void> {
    await this.node(id).locator('.rs-node__name').click();
  }

  /** The canvas point at fractions of its size (for drops). */
  async pointAt(fx: number, fy: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId('canvas').boundingBox();
    if (!box) throw new Error('canvas not visible');
    return { x: box.width * fx, y: box.height * fy };
  }
}

export class PalettePage {
  constructor(private readonly page: Page) {}

  /** A palette entry: `HTTPRoute`, `Service`, `istio.VirtualService`, … */
  item(id: string): Locator {
    return this.page.getByTestId(`palette.item.${id}`);
  }

  /** Drags a kind onto the canvas, dropping it at fractions of the canvas' size. */
  async drop(id: string, fx: number, fy: number): Promise<void> {
    const canvas = this.page.getByTestId('canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    await this.item(id).dragTo(canvas, {
      targetPosition: { x: box.width * fx, y: box.height * fy },
    });
  }

  /** Drags a kind onto a node or a row of the canvas (connecting it there). */
  async dropOn(id: string, target: Locator): Promise<void> {
    await this.item(id).dragTo(target);
  }
}

export class InspectorPage {
  readonly panel: Locator;
  readonly weights: Locator;

  constructor(page: Page) {
    this.panel = page.getByTestId('inspector');
    this.weights = page.getByTestId('route.weight');
  }

  field(name: string): Locator {
    return this.panel.getByTestId(`inspector.field.${name}`);
  }

  /** Types a value into an input and commits it with Enter. */
  async set(input: Locator, value: string): Promise<void> {
    await input.fill(value);
    await input.press('Enter');
  }

  /** Chooses an entry of a picker (`inspector.addBackend`, …) or a select by its text. */
  async choose(select: Locator, label: string): Promise<void> {
    await select.selectOption({ label });
  }

  /** Opens a field's suggestions (▾) and clicks the first one that contains `value`. */
  async suggest(field: Locator, value: string): Promise<void> {
    const testId = await field.getAttribute('data-testid');
    const box = field.locator('..');
    await box.getByTestId(`${testId}.suggest`).click();
    await box.getByTestId(`${testId}.option`).filter({ hasText: value }).first().click();
  }
}

export class YamlPanePage {
  readonly pane: Locator;
  readonly editor: Locator;
  readonly staleBanner: Locator;

  constructor(private readonly page: Page) {
    this.pane = page.getByTestId('yaml.pane');
    this.editor = page.getByTestId('yaml.editor');
    this.staleBanner = page.getByTestId('yaml.stale');
  }

  async ready(): Promise<void> {
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  }

  /** The editor's visible text (Monaco renders spaces as non-breaking spaces). */
  async visibleText(): Promise<string> {
    const text = await this.editor.locator('.view-lines').innerText();
    return text.replace(/\u00a0/g, ' ');
  }

  openFile(file: string): Promise<void> {
    return this.page.getByTestId(`yaml.file.${file}`).click();
  }

  /** Puts the cursor at a line and column with Monaco's own "Go to line" (Ctrl+G). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    // Keys pressed while the "Go to line" box is still closing would land in it, not the editor.
    await expect(this.page.locator('.quick-input-widget')).toBeHidden();
  }

  /** Puts the cursor at the end of a line. */
  async goToEndOf(line: number): Promise<void> {
    await this.goTo(line);
    await this.page.keyboard.press('End');
  }

  /** Types like a person, key by key. */
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text, { delay: 20 });
  }

  /** Wavy underlines of error markers in the visible lines. */
  errorSquiggles(): Locator {
    return this.editor.locator('.squiggly-error');
  }

  /** Opens the quick fixes at the cursor (Ctrl+.) and picks the one whose title starts so. */
  async quickFix(title: string): Promise<void> {
    await this.page.keyboard.press('Control+.');
    const item = this.page.locator('.action-widget .monaco-list-row', { hasText: title });
    await item.first().click();
  }

  /** Waits until the typing (debounced) has reached the store. */
  async settle(): Promise<void> {
    await this.page.waitForTimeout(150);
  }
}

/** A file as the person has it on disk: its name and its exact text. */
export interface DiskFile {
  name: string;
  text: string;
}

export class ToolbarPage {
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly title: Locator;
  readonly autosave: Locator;

  constructor(private readonly page: Page) {
    this.undoButton = page.getByTestId('toolbar.undo');
    this.redoButton = page.getByTestId('toolbar.redo');
    this.title = page.getByTestId('toolbar.title');
    this.autosave = page.getByTestId('toolbar.autosave');
  }

  undo(): Promise<void> {
    return this.undoButton.click();
  }

  redo(): Promise<void> {
    return this.redoButton.click();
  }

  /** New: an empty design. */
  newDesign(): Promise<void> {
    return this.page.getByTestId('toolbar.new').click();
  }

  /** Opens a template from the gallery, as a new design. */
  async pickExample(id: string): Promise<void> {
    await this.page.getByTestId('toolbar.templates').click();
    await this.page.getByTestId(`templates.open.${id}`).click();
  }

  /** Adds a template's resources to the design on screen. */
  async addTemplate(id: string): Promise<void> {
    await this.page.getByTestId('toolbar.templates').click();
    await this.page.getByTestId(`templates.add.${id}`).click();
  }

  /**
   * Picks files in the browser's file chooser opened by an Open ▸ entry (`import-files`,
   * `open-files`, `open-design-file`).
   */
  async chooseFiles(entry: string, files: readonly DiskFile[]): Promise<void> {
    await this.page.getByTestId('toolbar.open').click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(`toolbar.${entry}`).click();
    await (
      await chooser
    ).setFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/yaml',
        buffer: Buffer.from(f.text),
      })),
    );
  }

  /** Runs an Export ▸ entry that downloads (`yaml`, `zip`, `design-file`, `svg`, `png`) and returns the download. */
  async exportDownload(kind: string): Promise<Download> {
    await this.page.getByTestId('toolbar.export').click();
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`toolbar.export.${kind}`).click();
    return download;
  }

  /** Runs Export ▸ Copy YAML to the clipboard. */
  async exportToClipboard(): Promise<void> {
    await this.page.getByTestId('toolbar.export').click();
    await this.page.getByTestId('toolbar.export.clipboard').click();
  }

  /** Opens Open ▸ and picks a recent design by its title. */
  async openRecent(title: string): Promise<void> {
    await this.page.getByTestId('toolbar.open').click();
    await this.page.getByRole('menuitem', { name: title }).first().click();
  }
}

/** The review an import shows before anything changes. */
export class ImportDialogPage {
  readonly dialog: Locator;
  readonly problems: Locator;
  readonly collisions: Locator;

  constructor(page: Page) {
    this.dialog = page.getByTestId('import.dialog');
    this.problems = page.getByTestId('import.problems');
    this.collisions = page.getByTestId('import.collisions');
  }

  add(): Promise<void> {
    return this.dialog.getByTestId('import.add').click();
  }

  openAsNewDesign(): Promise<void> {
    return this.dialog.getByTestId('import.new-design').click();
  }

  cancel(): Promise<void> {
    return this.dialog.getByTestId('import.cancel').click();
  }
}

/** The share dialog: the link, its length and warnings, and Copy. */
export class SharePanelPage {
  readonly dialog: Locator;
  readonly link: Locator;
  readonly length: Locator;
  readonly warning: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('share.dialog');
    this.link = page.getByTestId('share.link');
    this.length = page.getByTestId('share.length');
    this.warning = page.getByTestId('share.warning');
    this.error = page.getByTestId('share.error');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('toolbar.share').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Clicks Copy link and returns what the clipboard then holds. */
  async copy(): Promise<string> {
    await this.dialog.getByTestId('share.copy').click();
    await expect(this.dialog.getByTestId('share.copy')).toHaveText('Copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  close(): Promise<void> {
    return this.page.keyboard.press('Escape');
  }
}

/** The YAML pane's file tabs and Files menu. */
export class FileTabsPage {
  constructor(private readonly page: Page) {}

  tab(name: string): Locator {
    return this.page.getByTestId(`yaml.file.${name}`);
  }

  tabs(): Locator {
    return this.page.locator('[data-testid^="yaml.file."]');
  }

  private async typeName(name: string): Promise<void> {
    const input = this.page.getByTestId('fileTabs.name-input');
    await input.fill(name);
    await input.press('Enter');
  }

  /** + File, then the name typed and Enter. */
  async add(name: string): Promise<void> {
    await this.page.getByTestId('fileTabs.add').click();
    await this.typeName(name);
  }

  /** Double-click on the tab, then the new name typed and Enter. */
  async rename(from: string, to: string): Promise<void> {
    await this.tab(from).dblclick();
    await this.typeName(to);
  }

  /** Opens the file, then Files ▸ Delete. */
  async remove(name: string): Promise<void> {
    await this.tab(name).click();
    await this.page.getByTestId('fileTabs.menu').click();
    await this.page.getByTestId('fileTabs.delete').click();
  }

  /** Files ▸ Move the selected resource to another file of the design. */
  async moveSelectedTo(file: string): Promise<void> {
    await this.page.getByTestId('fileTabs.menu').click();
    await this.page.getByTestId(`fileTabs.move.${file}`).click();
  }
}

/** Drops files on the canvas, as dragging them from the desktop does. */
export async function dropFiles(page: Page, files: readonly DiskFile[]): Promise<void> {
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list)
      transfer.items.add(new File([f.text], f.name, { type: 'application/yaml' }));
    return transfer;
  }, files);
  const target = page.getByTestId('canvas');
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
}

export class ProblemsPage {
  readonly items: Locator;
  readonly missingAsError: Locator;
  readonly panel: Locator;
  /** The Gateway API release and channel picker (`v1.6-standard`, …). */
  readonly gatewayApi: Locator;

  constructor(private readonly page: Page) {
    this.items = page.getByTestId('problems.item');
    this.missingAsError = page.getByTestId('problems.missing-as-error');
    this.panel = page.getByTestId('problems.panel');
    this.gatewayApi = page.getByTestId('problems.gateway-api');
  }

  /** Waits for the analysis to answer (the panel no longer says it is checking). */
  async settled(): Promise<void> {
    await expect(this.panel).not.toContainText('Checking the design', { timeout: 30_000 });
  }

  /** The entries of one diagnostic code. */
  withCode(code: string): Locator {
    return this.page.locator(`[data-testid="problems.item"][data-code="${code}"]`);
  }

  /** The entries of one severity. */
  withSeverity(severity: 'error' | 'warning' | 'info'): Locator {
    return this.page.locator(`[data-testid="problems.item"][data-severity="${severity}"]`);
  }

  /** The button that shows or hides a severity. */
  filter(severity: 'error' | 'warning' | 'info'): Locator {
    return this.page.getByTestId(`problems.filter.${severity}`);
  }
}

/** Opens the designer on an example, then deletes everything in it: a design from scratch. */
export async function openEmptyDesigner(page: Page, yamlPane: YamlPanePage, example: string) {
  await openDesigner(page, yamlPane, example);
  await page.getByTestId('canvas').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-testid^="canvas.node."]')).toHaveCount(0);
}

/** Opens the designer on an example and waits for the editor. */
export async function openDesigner(page: Page, yamlPane: YamlPanePage, example?: string) {
  await page.goto(example ? `/?example=${example}` : '/');
  await yamlPane.ready();
}

/** Saves a screenshot of the page into the test's output folder and the report. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

interface Fixtures {
  canvas: CanvasPage;
  palette: PalettePage;
  inspector: InspectorPage;
  yamlPane: YamlPanePage;
  toolbar: ToolbarPage;
  problems: ProblemsPage;
  designer: DesignerState;
  importDialog: ImportDialogPage;
  fileTabs: FileTabsPage;
  sharePanel: SharePanelPage;
}

export const test = base.extend<Fixtures>({
  canvas: async ({ page }, use) => use(new CanvasPage(page)),
  palette: async ({ page }, use) => use(new PalettePage(page)),
  inspector: async ({ page }, use) => use(new InspectorPage(page)),
  yamlPane: async ({ page }, use) => use(new YamlPanePage(page)),
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
  problems: async ({ page }, use) => use(new ProblemsPage(page)),
  designer: async ({ page }, use) => use(new DesignerState(page)),
  importDialog: async ({ page }, use) => use(new ImportDialogPage(page)),
  fileTabs: async ({ page }, use) => use(new FileTabsPage(page)),
  sharePanel: async ({ page }, use) => use(new SharePanelPage(page)),
});

export { expect };
