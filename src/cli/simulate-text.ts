import type { SimAnswer } from '../core/simulate/answer.ts';
import { formatShare } from '../core/traffic/split.ts';

function target(b: {
  kind: string;
  namespace: string;
  name: string;
  subset?: string;
  port?: number;
}): string {
  const where = b.namespace ? `${b.namespace}/${b.name}` : b.name;
  return `${b.kind} ${where}${b.port === undefined ? '' : `:${b.port}`}${b.subset ? ` subset ${b.subset}` : ''}`;
}

/** `simulate` without --json: the outcome, where it went, then why. */
export function simulateText(request: string, answer: SimAnswer): string {
  const lines: string[] = [];
  const status = answer.statusCode === undefined ? '' : ` ${answer.statusCode}`;
  lines.push(
    `${request} → ${answer.outcome}${status}${answer.reason && answer.outcome !== 'backend' ? ` (${answer.reason})` : ''}`,
  );
  if (answer.listener) {
    const l = answer.listener;
    lines.push(
      `  listener  ${l.name} (${l.protocol} ${l.port}${l.hostname ? `, ${l.hostname}` : ''})`,
    );
  }
  if (answer.route) {
    const r = answer.route;
    lines.push(`  route     ${r.kind} ${r.namespace}/${r.name} ${r.path}`);
  }
  if (answer.redirect) lines.push(`  location  ${answer.redirect.location}`);
  for (const b of answer.backends) {
    const fails = b.error ? `  → ${b.error.statusCode}: ${b.error.reason}` : '';
    lines.push(`  ${formatShare(b.probability).padStart(6)}  ${target(b)}${fails}`);
  }
  for (const m of answer.mirrors) lines.push(`  mirror ${m.percent}%  ${target(m)}`);
  const sent = answer.backendRequest;
  if (sent && answer.outcome === 'backend')
    lines.push(`  request   ${sent.method} ${sent.host}${sent.path}`);
  lines.push('', 'Why:');
  for (const step of answer.explanation) lines.push(`  ${step.step}: ${step.message}`);
  return `${lines.join('\n')}\n`;
}
