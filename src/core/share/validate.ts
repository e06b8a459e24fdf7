import { SHARE_LIMITS } from './limits.ts';

// Control characters (C0, DEL, C1): never part of a file name someone can type or save.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `name` cannot be a file of a shared design, or undefined when it can. Names are relative
 * paths with `/` between folders: no absolute paths, drive letters, `.` or `..` segments, empty
 * segments, backslashes or control characters, so that writing a link's files under a folder can
 * never reach outside it.
 */
export function fileNameProblem(name: string): string | undefined {
  if (name === '') return 'a file name is empty';
  if (name.length > SHARE_LIMITS.maxFileNameLength) {
    return `a file name is longer than ${SHARE_LIMITS.maxFileNameLength} characters`;
  }
  if (CONTROL.test(name)) return `the file name ${JSON.stringify(name)} holds a control character`;
  if (name.includes('\\')) return `the file name ${JSON.stringify(name)} holds a backslash`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return `the file name ${JSON.stringify(name)} is an absolute path`;
  }
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return `the file name ${JSON.stringify(name)} has an empty, '.' or '..' folder`;
  }
  return undefined;
}

/** Why `value` cannot be a node id, an active file or a setting, or undefined when it can. */
export function idProblem(what: string, value: string): string | undefined {
  if (value.length > SHARE_LIMITS.maxIdLength) {
    return `${what} is longer than ${SHARE_LIMITS.maxIdLength} characters`;
  }
  if (value.includes('\u0000')) return `${what} holds a NUL character`;
  return undefined;
}
