import type { Diagnostic } from '../pipeline/article.ts';

export function formatDiagnostic({ file, severity, message }: Diagnostic): string {
  return `${severity}: ${file}: ${message}`;
}
