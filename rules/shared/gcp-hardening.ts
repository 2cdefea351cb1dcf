import { appendAll, asBool, asString, type BlockView, type Fix, type FrameworkRefs, type RuleContext, type TerraformFile, type TerraformModule, type TfEvalValue } from '../api';
import { attributeCheck, type AttributeCheck, type CheckScope, type Verdict } from './terraform-attribute-check';
import { insertBlock } from './terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from './terraform-evaluated';
import { isOverrideFile } from './terraform-values';

/** `false` when a known boolean is false or not known; true when it is true. */
const isTrue = (value: TfEvalValue | undefined): boolean | undefined => (value && value.kind !== 'null' ? asBool(value) : false);

/**
 * Whether a cluster's own `node_config` configures nodes: not on Autopilot (or a flag not known
 * before apply), nor when inline `node_pool` blocks replace the default pool or it is removed.
 */
function configuresDefaultPool(cluster: BlockView): boolean {
  if (isTrue(cluster.value('enable_autopilot')) !== false) return false;
  if (cluster.blocks('node_pool').length > 0 || cluster.hasUnknownBlocks('node_pool')) return false;
  return isTrue(cluster.value('remove_default_node_pool')) === false;
}

/** A GKE node setting: a path under `node_config`, with the check's verdict on its value. */
export type NodeConfigCheck<M extends string> = Omit<AttributeCheck<M>, 'resources' | 'path' | 'absent'> & {
  /** The path under `node_config`, e.g. `workload_metadata_config.mode`. */
  path: string;
  absent: Verdict;
};

/**
 * The check of a GKE node setting, wherever node_config is written: on node pools, inline
 * `node_pool` blocks of a cluster, and the cluster's own `node_config` (its default pool, which
 * Autopilot, inline pools and `remove_default_node_pool` leave out).
 */
export function nodeConfigCheck<M extends string>(spec: NodeConfigCheck<M>): (context: RuleContext<'terraform', M>) => void {
  const { path, absent, ...rest } = spec;
  const checks = [
    attributeCheck({ ...rest, resources: ['google_container_node_pool'], path: `node_config.${path}`, absent }),
    attributeCheck({
      ...rest,
      resources: ['google_container_cluster'],
      path: `node_config.${path}`,
      absent: ({ resource }: CheckScope) => (configuresDefaultPool(resource) ? absent : 'compliant'),
    }),
    attributeCheck({
      ...rest,
      resources: ['google_container_cluster'],
      path: `node_pool.node_config.${path}`,
      absent: ({ resource }: CheckScope) => (resource.blocks('node_pool').length > 0 ? absent : 'compliant'),
    }),
  ];
  return (context) => {
    for (const check of checks) check(context);
  };
}

/** Whether a GKE cluster is Autopilot, or might be (a flag not known before apply). */
export function mayBeAutopilot(cluster: BlockView): boolean {
  return isTrue(cluster.value('enable_autopilot')) !== false;
}

/** A Cloud SQL database flag and what its value means for the requirement. */
export interface SqlFlag {
  name: string;
  /** Whether a known value complies. */
  compliant(value: string): boolean;
  /** The value Cloud SQL uses when the flag is not set does not comply (for this `database_version`, upper case). */
  missingIsInsecure?: boolean | ((version: string) => boolean);
  /** The value an edit writes. */
  want: string;
}

/** Options of {@link sqlFlagsCheck}. */
export interface SqlFlagsCheck<M extends string> {
  /** `database_version` prefix of the engine the flags belong to: `MYSQL`, `POSTGRES`, `SQLSERVER`. */
  engine: string;
  flags: readonly SqlFlag[];
  messages: { insecure: M; missing: M };
}

/** Flag values that mean on, as Cloud SQL accepts them. */
export const onValues = ['on', 'true', '1'];
/** Flag values that mean off. */
export const offValues = ['off', 'false', '0'];

/**
 * The check of Cloud SQL database flags of one engine: a flag set to a value that does not comply
 * is reported at its value; flags whose unset value does not comply are reported together at the
 * `settings` block, with a suggestion that adds them (changing flags may restart the instance).
 */
export function sqlFlagsCheck<M extends string>(spec: SqlFlagsCheck<M>): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    if (isOverrideFile(file)) return;
    for (const instance of resourceInstances(moduleFor(file, module), file, 'google_sql_database_instance')) {
      const version = asString(instance.value('database_version'))?.trim().toUpperCase();
      if (!version?.startsWith(spec.engine)) continue;
      // A read replica takes most flags from its primary; a clone from its source.
      if (instance.blocks('clone').length > 0 || instance.hasUnknownBlocks('clone') || instance.hasUnknownBlocks('settings')) continue;
      for (const settings of instance.blocks('settings')) {
        // Flags from a dynamic block not known before apply, or written as a list attribute, are not read.
        if (settings.hasUnknownBlocks('database_flags')) continue;
        const declared = settings.blocks('database_flags');
        if (declared.length === 0 && settings.attribute('database_flags')) continue;
        // A flag whose name is not known before apply may be any of them.
        const unnamed = declared.some((b) => b.value('name')?.kind === 'unknown');
        const missing: SqlFlag[] = [];
        for (const flag of spec.flags) {
          const block = declared.find((b) => asString(b.value('name'))?.trim().toLowerCase() === flag.name);
          if (!block) {
            const insecure = typeof flag.missingIsInsecure === 'function' ? flag.missingIsInsecure(version) : flag.missingIsInsecure;
            if (!unnamed && insecure) missing.push(flag);
            continue;
          }
          const value = attributeOf(block, 'value');
          const text = value && asString(value.value)?.trim();
          if (!value || text === undefined || flag.compliant(text.toLowerCase())) continue;
          report({ at: value.at, messageId: spec.messages.insecure, data: { flag: flag.name, value: text, want: flag.want }, value: value.value });
        }
        if (missing.length === 0) continue;
        const names = missing.map((flag) => flag.name);
        const title = `Set ${missing.map((flag) => `${flag.name} to ${flag.want}`).join(', ')}`;
        const inserts = missing.map((flag) => insertBlock(file, settings.block, 'database_flags', [['name', flag.name], ['value', flag.want]], title));
        const first = inserts[0]?.edits[0];
        // In JSON a second database_flags key beside the existing one would replace it: an edit only
        // for a single flag in a settings object that has none yet.
        const edit: Fix | undefined =
          inserts.every((fix) => fix?.edits.length === 1) && first && (!file.json || (inserts.length === 1 && declared.length === 0))
            ? { title, edits: [{ range: first.range, newText: inserts.map((fix) => fix!.edits[0].newText).join('') }] }
            : undefined;
        report({ at: settings.block.typeRange, messageId: spec.messages.missing, data: { flags: names.join(', ') }, suggest: edit ? [edit] : [] });
      }
    }
  };
}

const cisOf = (cis: string[]) => (cis.length > 0 ? { cis } : {});
/** CIS Google Cloud Platform Foundation Benchmark v4.0.0 item. */
export const cisGcp = (item: string) => `CIS Google Cloud Platform Foundation Benchmark v4.0.0 ${item}`;
/** CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 item. */
export const cisGke = (item: string) => `CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 ${item}`;

/** Controls of a public-exposure or network-restriction check (2.1, 2.2). */
export function exposure(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.20', 'A.8.22'], nist80053: ['SC-7', 'AC-4'], ...cisOf(cis) };
}
/** Controls of a management-access check (2.3). */
export function managementAccess(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.20', 'A.8.5'], nist80053: ['AC-17', 'AC-17(3)'], ...cisOf(cis) };
}
/** Controls of a logging check (6.1). */
export function auditLogging(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.15', 'A.8.16'], nist80053: ['AU-2', 'AU-12'], ...cisOf(cis) };
}
/** Controls of a patching and hardened-image check (4.4). */
export function patching(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.8', 'A.8.9'], nist80053: ['SI-2', 'CM-2'], ...cisOf(cis) };
}
/** Controls of a platform-integrity check (boot integrity, admission of images: 4.5). */
export function integrity(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.19'], nist80053: ['SI-7', 'CM-14'], ...cisOf(cis) };
}
/** Controls of a static-credential or secret-in-code check (1.1, 3.3). */
export function staticCredentials(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.5.17', 'A.8.5', 'A.8.24'], nist80053: ['IA-5', 'IA-5(7)', 'SC-12'], ...cisOf(cis) };
}
/** Controls of a backup and rollback check (8.3). */
export function recovery(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.13', 'A.8.32'], nist80053: ['CP-9', 'CP-10'], ...cisOf(cis) };
}

/** The registry link of a google provider resource, to an argument. */
export function googleDoc(resource: string, anchor?: string): { title: string; url: string } {
  const page = resource.replace(/^google_/, '');
  return { title: resource, url: `https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/${page}${anchor ? `#${anchor}` : ''}` };
}

/**
 * The `node_config` blocks of the file's GKE node pools, of inline `node_pool` blocks of clusters,
 * and of clusters' own default pool where it exists, each instance bound.
 */
export function nodeConfigs(file: TerraformFile, module: TerraformModule | undefined): BlockView[] {
  const project = moduleFor(file, module);
  const configs = resourceInstances(project, file, 'google_container_node_pool').flatMap((pool) => pool.blocks('node_config'));
  for (const cluster of resourceInstances(project, file, 'google_container_cluster')) {
    appendAll(configs, cluster.blocks('node_pool').flatMap((pool) => pool.blocks('node_config')));
    if (configuresDefaultPool(cluster)) appendAll(configs, cluster.blocks('node_config'));
  }
  return configs;
}
