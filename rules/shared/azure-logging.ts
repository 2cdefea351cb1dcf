import { asBool, asNumber, asString, type BlockView, type RuleContext, type TerraformModule, type TfBlock, type TfEvalValue } from '../api';
import { mentions, passedToModule, refersTo, relatedBlock } from './aws-logging';
import type { CheckScope } from './terraform-attribute-check';
import { moduleFor } from './terraform-evaluated';
import { headerAnchor, isOverrideFile } from './terraform-values';

/** The link to the `azurerm_monitor_diagnostic_setting` documentation. */
export const diagnosticSettingDoc = {
  title: 'azurerm_monitor_diagnostic_setting',
  url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting',
};

/** The rule option of a log retention minimum in days, where 0 means forever. */
export const minimumDaysOption = (what: string) => ({
  minimumDays: {
    type: 'number' as const,
    default: 90,
    integer: true,
    minimum: 1,
    description: `Fewest days ${what} must be kept; 0 (keep forever) always meets it.`,
  },
});

/** Whether a retention in days meets the `minimumDays` option: 0 keeps logs forever. */
export function meetsMinimumDays(value: TfEvalValue, { options }: CheckScope): boolean | undefined {
  const days = asNumber(value);
  return days === undefined ? undefined : days === 0 || days >= (options.minimumDays as number);
}

/** What a diagnostic setting must send: log categories, or a category group that includes them. */
export interface DiagnosticLogs {
  categories: readonly string[];
  groups: readonly string[];
}

const lower = (value: TfEvalValue | undefined): string | undefined => (value === undefined ? undefined : asString(value)?.trim().toLowerCase());

/**
 * Whether one instance of a diagnostic setting sends the logs: an `enabled_log` block (azurerm
 * 3.40 and later) or a `log` block not turned off (azurerm 3.x and before) names one of the
 * categories or groups. Undefined when it cannot be told (a `dynamic` block over a value not
 * known, a category from a value not known).
 */
function sendsLogs(setting: BlockView, logs: DiagnosticLogs): boolean | undefined {
  if (setting.hasUnknownBlocks('enabled_log') || setting.hasUnknownBlocks('log')) return undefined;
  const wanted = new Set([...logs.categories, ...logs.groups].map((name) => name.toLowerCase()));
  let unknown = false;
  const blocks = [...setting.blocks('enabled_log'), ...setting.blocks('log').filter((log) => asBool(log.value('enabled') ?? { kind: 'bool', value: true }) !== false)];
  for (const log of blocks) {
    for (const name of ['category', 'category_group']) {
      const value = log.value(name);
      if (value === undefined || value.kind === 'null') continue;
      const text = lower(value);
      if (text === undefined) unknown = true;
      else if (wanted.has(text)) return true;
    }
  }
  return unknown ? undefined : false;
}

/** What the module's diagnostic settings do for one resource. */
type SettingsFor = { kind: 'sends' } | { kind: 'undecided' } | { kind: 'without'; settings: TfBlock[] } | { kind: 'none'; notCreated: TfBlock[] };

/**
 * The diagnostic settings of the module whose `target_resource_id` is the resource at `address`.
 * A target that cannot be traced (a variable without a value, a module output) might be this
 * resource, and so might a literal id of the resource's kind (`marker`, e.g. `/vaults/`): either
 * leaves the resource undecided.
 */
function settingsFor(module: TerraformModule, address: string, marker: string, logs: DiagnosticLogs): SettingsFor {
  const without: TfBlock[] = [];
  const notCreated: TfBlock[] = [];
  let undecided = false;
  for (const block of module.resources('azurerm_monitor_diagnostic_setting')) {
    const written = block.attribute('target_resource_id')?.value;
    const forTarget = mentions(written, address);
    const instances = module.instances(block);
    if (forTarget && instances.length === 0) notCreated.push(block);
    for (const view of instances) {
      const target = view.value('target_resource_id');
      const traced = forTarget || (target?.kind === 'unknown' && refersTo(target.reference, address));
      if (!traced) {
        const text = target === undefined ? undefined : asString(target);
        const untraceable = target?.kind === 'unknown' && (target.reference === undefined || target.reference.startsWith('module.'));
        if (untraceable || (text !== undefined && text.toLowerCase().includes(marker.toLowerCase()))) undecided = true;
        continue;
      }
      const sends = sendsLogs(view, logs);
      if (sends !== false) return sends ? { kind: 'sends' } : { kind: 'undecided' };
      if (!without.includes(block)) without.push(block);
    }
  }
  if (undecided) return { kind: 'undecided' };
  return without.length > 0 ? { kind: 'without', settings: without } : { kind: 'none', notCreated };
}

/** "Resources of a type need a diagnostic setting that sends these logs", as data. */
export interface DiagnosticLogCheck<M extends string> {
  resource: string;
  /** Text every literal id of the resource's kind contains, e.g. `/vaults/`. */
  marker: string;
  logs: DiagnosticLogs;
  /** No setting for the resource; settings that do not send the logs; the only setting is not created. */
  messages: { none: M; withoutLogs: M; notCreated: M };
  /** Related information at a setting that does not send the logs, or is not created. */
  related: string;
}

/**
 * The `check` of a {@link DiagnosticLogCheck}: the resource is reported at its header when no
 * diagnostic setting of its module sends the logs, and left alone when one might (a target
 * that cannot be traced, a module call passed the resource, a `dynamic` log block).
 */
export function diagnosticLogCheck<M extends string>(spec: DiagnosticLogCheck<M>): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const block of file.resources(spec.resource)) {
      if (project.instances(block).length === 0) continue;
      const address = `${spec.resource}.${block.labels[1]?.value}`;
      if (passedToModule(project, address)) continue;
      const found = settingsFor(project, address, spec.marker, spec.logs);
      if (found.kind === 'sends' || found.kind === 'undecided') continue;
      const at = headerAnchor(file, block);
      if (found.kind === 'without') {
        report({ at, messageId: spec.messages.withoutLogs, related: relatedBlock(project, file, found.settings[0], spec.related) });
      } else {
        const [absent] = found.notCreated;
        report({ at, messageId: absent ? spec.messages.notCreated : spec.messages.none, related: relatedBlock(project, file, absent, spec.related) });
      }
    }
  };
}
