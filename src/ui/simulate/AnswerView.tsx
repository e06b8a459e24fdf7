import type { ReactNode } from 'react';
import type { SimAnswer, SimStep } from '../../core/simulate/answer.ts';
import { outcomeHeadline, percentOf, routeName, targetName } from './answer-text.ts';

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function HeaderLines({ headers }: { headers: Readonly<Record<string, string>> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  return (
    <ul className="sim-headers">
      {entries.map(([name, value]) => (
        <li key={name}>
          {name}: {value}
        </li>
      ))}
    </ul>
  );
}

/** The facts of an answer: listener, route, runner-up, backends, mirrors, redirect, request. */
function AnswerFacts({ answer, onShow }: { answer: SimAnswer; onShow: (node: string) => void }) {
  const { listener, route, runnerUp, redirect, backendRequest } = answer;
  return (
    <dl className="sim-facts" data-testid="simulate.facts">
      {listener && (
        <Fact label="Listener" testId="simulate.listener">
          {listener.name} ({listener.protocol} {listener.port}
          {listener.hostname ? `, ${listener.hostname}` : ''})
        </Fact>
      )}
      {route && (
        <Fact label="Route" testId="simulate.route">
          <button type="button" className="sim-link" onClick={() => onShow(route.node)}>
            {routeName(route)}
          </button>
        </Fact>
      )}
      {runnerUp && (
        <Fact label="Runner-up" testId="simulate.runner-up">
          {routeName(runnerUp)}, which lost on {runnerUp.decidedBy}
        </Fact>
      )}
      {answer.backends.length > 0 && (
        <Fact label="Backends" testId="simulate.backends">
          <ul className="sim-backends">
            {answer.backends.map((b, i) => (
              <li key={i} data-testid="simulate.backend">
                <span className="sim-share">
                  <span className="sim-share__bar" style={{ width: `${b.probability * 100}%` }} />
                </span>
                <strong>{percentOf(b.probability)}</strong> {targetName(b)}{' '}
                <span className="sim-muted">weight {b.weight}</span>
                {b.error && (
                  <span className="sim-error">
                    {' '}
                    → {b.error.statusCode}: {b.error.reason}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {answer.mirrors.length > 0 && (
        <Fact label="Mirrors" testId="simulate.mirrors">
          <ul className="sim-backends">
            {answer.mirrors.map((m, i) => (
              <li key={i}>
                <strong>{m.percent}%</strong> copied to {targetName(m)}
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {redirect && (
        <Fact label="Location" testId="simulate.redirect">
          {redirect.statusCode} → {redirect.location}
        </Fact>
      )}
      {backendRequest && (
        <Fact label="Backends get" testId="simulate.backend-request">
          {backendRequest.method} {backendRequest.scheme}://{backendRequest.host}
          {backendRequest.path}
          <HeaderLines headers={backendRequest.headers} />
        </Fact>
      )}
      {answer.responseHeaders && Object.keys(answer.responseHeaders).length > 0 && (
        <Fact label="Response headers">
          <HeaderLines headers={answer.responseHeaders} />
        </Fact>
      )}
      {answer.body !== undefined && <Fact label="Body">{answer.body}</Fact>}
    </dl>
  );
}

/** Why: every step the simulator took, in order; a step about an object selects it. */
function Explanation({
  steps,
  onShow,
}: {
  steps: readonly SimStep[];
  onShow: (node: string) => void;
}) {
  return (
    <ol className="sim-steps" data-testid="simulate.explanation">
      {steps.map((s, i) => (
        <li key={i} className={`sim-step sim-step--${s.step}`} data-step={s.step}>
          <span className="sim-step__kind">{s.step}</span>
          {s.node ? (
            <button
              type="button"
              className="sim-step__message sim-link"
              title="Select it on the canvas"
              onClick={() => onShow(s.node!)}
              data-testid="simulate.step"
            >
              {s.message}
            </button>
          ) : (
            <span className="sim-step__message" data-testid="simulate.step">
              {s.message}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A simulator answer as text: the outcome, its facts, and the explanation beside them. */
export function AnswerView({
  answer,
  onShow,
  actions,
}: {
  answer: SimAnswer;
  onShow: (node: string) => void;
  actions: ReactNode;
}) {
  return (
    <div className="sim-answer" data-testid="simulate.answer" data-outcome={answer.outcome}>
      <div className="sim-answer__head">
        <span
          className={`sim-outcome sim-outcome--${answer.outcome}`}
          data-testid="simulate.outcome"
        >
          {outcomeHeadline(answer)}
        </span>
        {actions}
      </div>
      <div className="sim-answer__body">
        <AnswerFacts answer={answer} onShow={onShow} />
        <Explanation steps={answer.explanation} onShow={onShow} />
      </div>
    </div>
  );
}
