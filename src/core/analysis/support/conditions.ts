import type { Condition } from '../types.ts';

export function trueCondition(type: string, reason: string, message: string): Condition {
  return { type, status: 'True', reason, message };
}

export function falseCondition(type: string, reason: string, message: string): Condition {
  return { type, status: 'False', reason, message };
}

export function unknownCondition(type: string, reason: string, message: string): Condition {
  return { type, status: 'Unknown', reason, message };
}
