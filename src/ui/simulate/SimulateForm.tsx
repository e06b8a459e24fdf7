import { useState, type KeyboardEvent } from 'react';
import type { SimulationRequest } from '../../store/index.ts';
import { ENTRY_GROUPS, type EntryOption } from './entry-options.ts';
import { isConnectionUrl } from './run-simulation.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function same(a: SimulationRequest, b: SimulationRequest): boolean {
  return (
    a.entry === b.entry &&
    a.method === b.method &&
    a.url === b.url &&
    a.headers === b.headers &&
    a.sni === b.sni
  );
}

/**
 * The request form: entry point, method, URL (as curl takes it), headers as `Name: value` lines
 * and, for TLS, the SNI; the Simulate button under the URL, beside the headers. Choices in a select run at once; typed fields run on Enter (Ctrl+Enter
 * in the headers), on the Simulate button, or when the field is left.
 */
export function SimulateForm({
  request,
  options,
  onSubmit,
}: {
  request: SimulationRequest;
  options: readonly EntryOption[];
  onSubmit: (request: SimulationRequest) => void;
}) {
  const [draft, setDraft] = useState(request);
  const [base, setBase] = useState(request);
  // A new request from outside (a design change, another default) replaces the draft.
  if (!same(base, request)) {
    setBase(request);
    setDraft(request);
  }
  const submit = (next: SimulationRequest = draft) => {
    if (!same(next, request)) onSubmit(next);
  };
  const change = (patch: Partial<SimulationRequest>, run = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (run) submit(next);
  };
  const onEnter = (e: KeyboardEvent, needsCtrl: boolean) => {
    if (e.key !== 'Enter' || (needsCtrl && !(e.ctrlKey || e.metaKey))) return;
    e.preventDefault();
    submit();
  };
  const connection = isConnectionUrl(draft.url);
  const tls = /^\s*(https|tls|grpcs):\/\//i.test(draft.url);
  const headerLines = draft.headers.split('\n').length;

  return (
    <form
      className="sim-form"
      aria-label="Request"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="sim-form__row">
        <label className="sim-field sim-field--entry">
          <span>Entry point</span>
          <select
            value={draft.entry}
            onChange={(e) => change({ entry: e.target.value }, true)}
            data-testid="simulate.entry"
          >
            {!options.some((o) => o.id === draft.entry) && (
              <option value={draft.entry}>{draft.entry} (not in the design)</option>
            )}
            {ENTRY_GROUPS.map((group) => {
              const members = options.filter((o) => o.group === group);
              return (
                members.length > 0 && (
                  <optgroup key={group} label={group}>
                    {members.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </select>
        </label>
        <label className="sim-field">
          <span>Method</span>
          <select
            value={connection ? '-' : draft.method}
            disabled={connection}
            title={connection ? 'TLS, TCP and UDP connections have no method' : undefined}
            onChange={(e) => change({ method: e.target.value }, true)}
            data-testid="simulate.method"
          >
            {connection && <option value="-">—</option>}
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="sim-field sim-field--url">
          <span>URL</span>
          <input
            value={draft.url}
            spellCheck={false}
            placeholder="https://shop.example.com/cart?id=7 · tls://db.example.com:5432"
            onChange={(e) => change({ url: e.target.value })}
            onKeyDown={(e) => onEnter(e, false)}
            onBlur={() => submit()}
            data-testid="simulate.url"
          />
        </label>
      </div>
      <div className="sim-form__row">
        {!connection && (
          <label className="sim-field sim-field--headers">
            <span>Headers</span>
            <textarea
              value={draft.headers}
              rows={Math.min(4, Math.max(1, headerLines))}
              spellCheck={false}
              placeholder="Name: value, one per line (Ctrl+Enter runs)"
              onChange={(e) => change({ headers: e.target.value })}
              onKeyDown={(e) => onEnter(e, true)}
              onBlur={() => submit()}
              data-testid="simulate.headers"
            />
          </label>
        )}
        {tls && (
          <label className="sim-field sim-field--sni">
            <span>SNI</span>
            <input
              value={draft.sni}
              spellCheck={false}
              placeholder="the URL's host"
              onChange={(e) => change({ sni: e.target.value })}
              onKeyDown={(e) => onEnter(e, false)}
              onBlur={() => submit()}
              data-testid="simulate.sni"
            />
          </label>
        )}
        <button
          type="submit"
          className={`sim-run${same(draft, request) ? '' : ' is-pending'}`}
          data-testid="simulate.run"
        >
          Simulate
        </button>
      </div>
    </form>
  );
}
