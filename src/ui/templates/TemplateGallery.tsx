import { EXAMPLES, type Example, type ExampleSection } from '../../core/examples/index.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import './templates.css';

const SECTIONS: readonly { section: ExampleSection; heading: string }[] = [
  { section: 'overview', heading: 'Start here' },
  { section: 'gateway-api', heading: 'Gateway API' },
  { section: 'istio', heading: 'Istio classic' },
  { section: 'scale', heading: 'Large designs' },
];

/** The template gallery: every template with what it shows; open one, or add it to the design. */
export function TemplateGallery({
  onOpen,
  onAdd,
  onClose,
}: {
  onOpen(example: Example): void;
  onAdd(example: Example): void;
  onClose(): void;
}) {
  return (
    <Dialog title="Templates" testId="templates.dialog" onClose={onClose} wide>
      {SECTIONS.map(({ section, heading }) => (
        <section key={section} className="templates-section">
          <h3>{heading}</h3>
          <ul className="templates-list">
            {EXAMPLES.filter((e) => e.section === section).map((example) => (
              <li key={example.id} data-testid={`templates.item.${example.id}`}>
                <div className="templates-text">
                  <strong>{example.title.replace(/^(Gateway API|Istio): /, '')}</strong>
                  <span>{example.description}</span>
                </div>
                <button
                  type="button"
                  onClick={() => onOpen(example)}
                  data-testid={`templates.open.${example.id}`}
                  title="Open as a new design"
                >
                  Open
                </button>
                <button
                  type="button"
                  onClick={() => onAdd(example)}
                  data-testid={`templates.add.${example.id}`}
                  title="Add its resources to this design (names made unique)"
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Dialog>
  );
}
