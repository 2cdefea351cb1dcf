import * as vscode from 'vscode';

/** The `source` the language server puts on its diagnostics. */
export const diagnosticSource = 'shiftguard';

/** Counts Shiftguard diagnostics across all documents, by VS Code severity. */
export function countFindings(): { total: number; errors: number; warnings: number; other: number } {
  const counts = { total: 0, errors: 0, warnings: 0, other: 0 };
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== diagnosticSource) continue;
      counts.total++;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
      else counts.other++;
    }
  }
  return counts;
}

/** Status-bar item: the number of Shiftguard findings, and a spinner while a workspace lint runs. */
export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('shiftguard.findings', vscode.StatusBarAlignment.Left, 10);
  private readonly listener: vscode.Disposable;
  private scanning = false;
  private pending: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'Shiftguard';
    this.item.command = 'workbench.actions.view.problems';
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.scheduleUpdate());
    this.update();
    this.item.show();
  }

  setScanning(scanning: boolean): void {
    this.scanning = scanning;
    this.update();
  }

  private scheduleUpdate(): void {
    // A workspace lint publishes diagnostics file by file: recount at most every 100 ms.
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.update();
    }, 100);
  }

  private update(): void {
    const counts = countFindings();
    const icon = this.scanning ? '$(sync~spin)' : counts.total > 0 ? '$(shield)' : '$(check)';
    this.item.text = `${icon} Shiftguard ${counts.total}`;
    const breakdown = `${counts.errors} errors, ${counts.warnings} warnings, ${counts.other} other`;
    this.item.tooltip = this.scanning
      ? `Shiftguard is linting the workspace… ${counts.total} findings so far`
      : `Shiftguard: ${counts.total} findings (${breakdown}). Click to open Problems.`;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.listener.dispose();
    this.item.dispose();
  }
}
