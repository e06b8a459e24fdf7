import { expect, type Locator, type Page } from '@playwright/test';

/** The dock's Simulate tab: the request form and the answer. */
export class SimulatePanelPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly entry: Locator;
  readonly method: Locator;
  readonly url: Locator;
  readonly headers: Locator;
  readonly outcome: Locator;
  readonly backends: Locator;
  readonly listener: Locator;
  readonly route: Locator;
  readonly steps: Locator;
  readonly saveAsTest: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('simulate.toggle');
    this.panel = page.getByTestId('simulate.panel');
    this.entry = page.getByTestId('simulate.entry');
    this.method = page.getByTestId('simulate.method');
    this.url = page.getByTestId('simulate.url');
    this.headers = page.getByTestId('simulate.headers');
    this.outcome = page.getByTestId('simulate.outcome');
    this.backends = page.getByTestId('simulate.backend');
    this.listener = page.getByTestId('simulate.listener');
    this.route = page.getByTestId('simulate.route');
    this.steps = page.getByTestId('simulate.step');
    this.saveAsTest = page.getByTestId('simulate.save-test');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.outcome).toBeVisible();
  }

  /** Types a URL into the form and presses Enter, as a person runs a request. */
  async request(url: string): Promise<void> {
    await this.url.fill('');
    await this.url.pressSequentially(url, { delay: 5 });
    await this.url.press('Enter');
  }

  /** The explanation step whose message contains `text`. */
  step(text: string | RegExp): Locator {
    return this.steps.filter({ hasText: text });
  }
}

/** The dock's Tests tab: results and coverage. */
export class TestsPanelPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly items: Locator;
  readonly totals: Locator;
  readonly summary: Locator;

  constructor(page: Page) {
    this.tab = page.getByTestId('tests.toggle');
    this.panel = page.getByTestId('tests.panel');
    this.items = page.getByTestId('tests.item');
    this.totals = page.getByTestId('tests.totals');
    this.summary = page.getByTestId('tests.summary');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.panel).toBeVisible();
  }
}

/** Canvas elements marked on the simulated request's path. */
export function onPath(page: Page): Locator {
  return page.locator('[data-testid="canvas"] .is-on-path');
}
