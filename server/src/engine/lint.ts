import type { AnyRule } from './rule';
import { formatMessage } from './rule';
import { inPreset, type LintConfig } from './config';
import { resolveOptions } from './rule-options';
import type { Finding, FindingSeverity } from './types';
import { meetsThreshold, severityRank } from './types';
import { comparePositions, type Range } from './text';
import type { ParsedFile } from '../parsers/models';
import { createSuppressionFilter } from './suppressions';
import { TerraformModule } from './terraform/module';
import { terraformWorkloads } from './terraform/kubernetes-workloads';
import type { WorkloadFile } from '../parsers/kubernetes/workload-model';
import {
  childDirectory,
  isLocalSource,
  maxModuleDepth,
  moduleCalls,
  moduleInputs,
  relocateToCaller,
  type InstalledModules,
  type ModuleCall,
  type ModuleFileResult,
  type PassedFinding,
  type ModuleSource,
  type UnreadFile,
} from './terraform/module-calls';
import type { TerraformFile } from '../parsers/terraform/model';
import type { TfEvalValue } from './terraform/value';
import type { RelatedLocation } from './types';
import { rangeContains } from './text';
import { appendAll } from './arrays';

/** What a file is linted with besides itself. */
export interface LintContext {
  /** Terraform: the module the file belongs to (default: a module of this file alone). */
  module?: TerraformModule;
  /** Terraform: reads local modules that `module` blocks call; without it calls are not followed. */
  loadModule?: ModuleSource;
  /** Module directories on the current call path (cycle guard). */
  callPath?: readonly string[];
  /** Terraform: where `terraform init` installed the remote modules of the root module. */
  installedModules?: InstalledModules;
  /** The names of the module calls on the current call path, from the root module (their key in `installedModules`). */
  callNames?: readonly string[];
  /**
   * Terraform: files of the module (or var files) that could not be read. Without them the module
   * is incomplete, and any rule could decide wrongly, so the file is reported as not checked.
   */
  unread?: readonly UnreadFile[];
}

/** Related information for a value that was written outside the reported range. */
function originOf(value: Pick<TfEvalValue, 'origin'> | undefined, path: string, at: Range): RelatedLocation[] {
  const origin = value?.origin;
  if (!origin) return [];
  if (origin.path === path && rangeContains(at, origin.range)) return [];
  return [{ message: 'The value is set here.', range: origin.range, ...(origin.path !== path ? { path: origin.path } : {}) }];
}

const fileStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The message id of module notes that callers repeat: what they say is missing from the caller's analysis too. */
const carriedNote = 'notAnalysed';

function builtin(ruleId: 'unsupported' | 'skipped', severity: FindingSeverity, message: string, range: Range): Finding {
  return { ruleId, severity, message, range, requirements: [], suggestions: [], related: [] };
}

/** The name of an unread file as the reader of `beside` knows it: its own name when in the same folder. */
function unreadName(file: UnreadFile, beside: string): string {
  const folder = (path: string) => path.replace(/[\\/][^\\/]*$/, '');
  return folder(file.path) === folder(beside) ? file.path.slice(folder(file.path).length + 1) : file.path;
}

/**
 * Runs every enabled rule of the file's target over a parsed file and returns its findings,
 * syntax problems included, sorted by position. A rule that throws becomes an `internal`
 * finding instead of stopping the others.
 */
export function lint(file: ParsedFile, rules: readonly AnyRule[], config: LintConfig = {}, context: LintContext = {}): Finding[] {
  return lintFile(file, rules, config, context).findings;
}

/** {@link lint}, and what a calling module needs besides: the rules' own findings and those passed up. */
function lintFile(file: ParsedFile, rules: readonly AnyRule[], config: LintConfig, context: LintContext): { findings: Finding[] } & ModuleFileResult {
  const reported: Finding[] = [];
  let passed: readonly PassedFinding[] = [];
  const findings: Finding[] = file.problems.map((problem) => ({
    ruleId: problem.code,
    severity: problem.code === 'unsupported' ? 'info' : 'error',
    message: problem.message,
    range: problem.range,
    requirements: [],
    suggestions: [],
    related: [],
  }));

  if (file.kind === 'terraform' && context.unread && context.unread.length > 0) {
    for (const unread of context.unread) {
      const message = `Not checked: ${unreadName(unread, file.path)} was not read (${unread.reason}), and without it the module is incomplete.`;
      findings.push(builtin('skipped', 'error', message, fileStart));
    }
    return { findings: sortFindings(findings), reported, passed };
  }

  const disabled = new Set(config.disabledRules ?? []);
  const isSuppressed = createSuppressionFilter(file);
  const module = file.kind === 'terraform' ? (context.module ?? TerraformModule.ofFile(file)) : undefined;
  /**
   * Instances of one block (`count`, `for_each`, the calls of one `module` block) are checked one
   * by one and report at the same ranges: one finding per rule, message id and range is kept (the
   * first instance's, when their wording differs), since one edit at that range fixes them all.
   * Notes have no message id of their own: different notes at one place all stay.
   */
  const seen = new Set<string>();
  const pushReported = (finding: Finding) => {
    findings.push(finding);
    reported.push(finding);
  };
  const firstAt = (finding: Pick<Finding, 'ruleId' | 'messageId' | 'message'>, at: Range) => {
    const kind = finding.messageId === undefined || finding.messageId === carriedNote ? `note|${finding.message}` : finding.messageId;
    const key = `${finding.ruleId}|${kind}|${at.start.line}:${at.start.character}|${at.end.line}:${at.end.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  // Workload rules also read the kubernetes provider's resources of a Terraform file.
  let workloads: WorkloadFile | undefined;
  for (const rule of rules) {
    const onWorkloads = rule.target !== file.kind && rule.workloads === true && rule.target === 'kubernetes' && file.kind === 'terraform';
    if ((rule.target !== file.kind && !onWorkloads) || disabled.has(rule.id) || !inPreset(rule, config.preset)) continue;
    try {
      if (onWorkloads) workloads ??= terraformWorkloads(file as TerraformFile, module!);
      rule.check({
        file: (onWorkloads ? workloads : file) as never,
        module: onWorkloads ? undefined : module,
        options: resolveOptions(rule, config.ruleOptions?.[rule.id]),
        report(descriptor) {
          if (isSuppressed(rule.id, descriptor.at)) return;
          const template = rule.messages[descriptor.messageId];
          const message = formatMessage(template ?? descriptor.messageId, descriptor.data);
          if (!firstAt({ ruleId: rule.id, messageId: descriptor.messageId, message }, descriptor.at)) return;
          pushReported({
            ruleId: rule.id,
            messageId: descriptor.messageId,
            severity: config.severityOverrides?.[rule.id] ?? descriptor.severity ?? rule.severity,
            message,
            range: descriptor.at,
            requirements: [...rule.requirements],
            fix: descriptor.fix,
            suggestions: descriptor.suggest ?? [],
            related: [...(descriptor.related ?? []), ...originOf(descriptor.value, file.path, descriptor.at)],
          });
        },
      });
    } catch (error) {
      findings.push({
        ruleId: 'internal',
        severity: 'error',
        message: `Rule ${rule.id} failed on this file: ${error instanceof Error ? error.message : String(error)}`,
        range: fileStart,
        requirements: [],
        suggestions: [],
        related: [],
      });
    }
  }

  // Rules saw these values as unknown and stayed silent: say why they are unknown.
  for (const read of module?.refusedReads(file.path) ?? []) {
    const message = `file("${read.path}") was not read (${read.unread}): its value is unknown to the checks.`;
    findings.push(builtin(read.severity === 'error' ? 'skipped' : 'unsupported', read.severity, message, read.at.range));
  }

  if (file.kind === 'terraform' && module && context.loadModule && !file.variablesFile) {
    const calls = lintModuleCalls(file, module, rules, config, context);
    for (const finding of calls.findings) {
      if (!isSuppressed(finding.ruleId, finding.range) && firstAt(finding, finding.range)) findings.push(finding);
    }
    passed = calls.passed;
  }

  // Notes (`info`: a remote module not analysed, a Helm template) are not rule findings: they stay,
  // as errors do, whatever the threshold.
  const threshold: FindingSeverity | undefined = config.minimumSeverity;
  return { findings: sortFindings(threshold ? findings.filter((f) => f.severity === 'info' || meetsThreshold(f.severity, threshold)) : findings), reported, passed };
}

/** Orders findings by position, then severity, then rule id: stable output for tests and diffs. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      comparePositions(a.range.start, b.range.start) ||
      comparePositions(a.range.end, b.range.end) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

const manifest = '.terraform/modules/modules.json';

/** The directory `terraform init` installed a remote module call in, or why it is not known. */
function installedDirectory(installed: InstalledModules | undefined, key: string): string | { why: string } {
  if (!installed) return { why: 'which is not a local path' };
  if ('problem' in installed) return { why: `and ${manifest} cannot be used (${installed.problem})` };
  const refused = installed.refused.get(key);
  if (refused) return { why: `installed in ${refused}` };
  return installed.directories.get(key) ?? { why: `which ${manifest} does not list (terraform init has not run since the call was added)` };
}

/**
 * Follows the local modules a file calls, and the remote ones `terraform init` installed: lints the module's files with the inputs of the call
 * and reports, in the calling file, what the caller's values make insecure. Other remote modules
 * are named once per call as not analysed.
 */
function lintModuleCalls(
  file: TerraformFile,
  module: TerraformModule,
  rules: readonly AnyRule[],
  config: LintConfig,
  context: LintContext,
): { findings: Finding[]; passed: PassedFinding[] } {
  const out: Finding[] = [];
  const passed: PassedFinding[] = [];
  const passedKeys = new Set<string>();
  const noted = new Set<unknown>();
  const callPath = context.callPath ?? [module.directory];
  const carried = new Set<string>();
  /**
   * One note per module block, at its `source`, however many instances the block has. Notes that
   * only a caller can see (a call too deep, a module not read whole) are `carried` up to every caller.
   */
  const note = (call: ModuleCall, severity: FindingSeverity, message: string, carry = false) => {
    if (noted.has(call.block)) return;
    noted.add(call.block);
    const finding = builtin(severity === 'error' ? 'skipped' : 'unsupported', severity, message, call.view.attribute('source')!.value.range);
    out.push(carry ? { ...finding, messageId: carriedNote } : finding);
  };
  for (const call of moduleCalls(file, module)) {
    const from = `Module "${call.name}" comes from "${call.source}"`;
    const callNames = [...(context.callNames ?? []), call.name];
    let directory: string;
    if (isLocalSource(call.source)) {
      directory = childDirectory(module.directory, call.source);
    } else {
      const installed = installedDirectory(context.installedModules, callNames.join('.'));
      if (typeof installed !== 'string') {
        note(call, 'info', `${from}, ${installed.why}: it was not analysed.`);
        continue;
      }
      directory = installed;
    }
    if (callPath.includes(directory)) continue;
    if (callPath.length > maxModuleDepth) {
      note(call, 'info', `${from}, more than ${maxModuleDepth} module calls deep: it was not analysed.`, true);
      continue;
    }
    const loaded = context.loadModule!(directory);
    if (!loaded || loaded.notRead) {
      const why = { outside: 'outside the checked tree', missing: 'a directory that does not exist', 'no-configuration': 'a directory without .tf files' };
      note(call, 'info', `${from}, ${why[loaded?.notRead ?? 'missing']}: it was not analysed.`);
      continue;
    }
    if (callPath.includes(loaded.directory)) continue;
    if (loaded.unread && loaded.unread.length > 0) {
      const names = loaded.unread.map((u) => `${u.path.replace(/^.*[\\/]/, '')} (${u.reason})`).join(', ');
      note(call, 'error', `${from}, whose files were not all read: ${names}. The module is incomplete and was not analysed.`, true);
      continue;
    }
    const inputs = moduleInputs(call);
    const child = new TerraformModule(loaded.directory, loaded.files, { inputs });
    for (const childFile of child.configFiles) {
      const childResult = lintFile(childFile, rules, { ...config, minimumSeverity: undefined }, {
        module: child,
        loadModule: context.loadModule,
        callPath: [...callPath, loaded.directory],
        installedModules: context.installedModules,
        callNames,
      });
      const relocated = relocateToCaller(childResult, childFile.path, child, call, inputs, { path: file.path, module });
      appendAll(out, relocated.moved);
      for (const item of relocated.passed) {
        // Instances of a call pass the same finding up once each: keep one.
        const key = `${item.finding.ruleId}|${item.finding.messageId ?? ''}|${item.path}|${JSON.stringify(item.finding.range)}|${JSON.stringify(item.origin)}`;
        if (passedKeys.has(key)) continue;
        passedKeys.add(key);
        passed.push(item);
      }
      for (const inner of childResult.findings) {
        if (inner.messageId !== carriedNote) continue;
        const message = `In module "${call.name}" (${call.source}): ${inner.message}`;
        if (carried.has(message)) continue;
        carried.add(message);
        const at = call.view.attribute('source')!.value.range;
        out.push({ ...builtin(inner.ruleId as 'skipped', inner.severity, message, at), messageId: carriedNote, related: [{ message: 'Inside the module, here.', path: childFile.path, range: inner.range }] });
      }
    }
  }
  return { findings: out, passed };
}
