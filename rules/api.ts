/**
 * What rules use of the engine and the parsers, in one place: rule files and the helpers of
 * `rules/shared/` import from here rather than from `server/src/`, so that the engine can move
 * its internals without touching the catalog.
 */
export {
  defineRule,
  type AnyRule,
  type FrameworkRefs,
  type Preset,
  type ReportDescriptor,
  type RuleContext,
  type RuleDefinition,
  type RuleOption,
  type RuleOptionValue,
} from '../server/src/engine/rule';
export type { Fix, RelatedLocation, Severity, Target, TextEdit } from '../server/src/engine/types';
export { rangeContains, type Position, type Range } from '../server/src/engine/text';
export { insertAt, remove, replace } from '../server/src/engine/edits';
export { appendAll } from '../server/src/engine/arrays';

export { TerraformModule, type BlockView } from '../server/src/engine/terraform/module';
export { isLocked, lockFileName, normalizeProviderSource, providerMajor } from '../server/src/engine/terraform/provider-versions';
export { asBool, asList, asNumber, asString, isKnown, type TfEvalValue } from '../server/src/engine/terraform/value';
export {
  policyOfAttribute,
  policyOfDataSource,
  type PolicyDocument,
  type PolicyStatement,
} from '../server/src/engine/terraform/policy';
export type {
  TerraformFile,
  TfAttribute,
  TfBlock,
  TfExpr,
  TfTuple,
  TfValue,
} from '../server/src/parsers/terraform/model';

export type { Instruction, KeyValue, MappedText, Stage, Word } from '../server/src/parsers/dockerfile/model';
export { shellCommandsDeep, type ShellCommand } from '../server/src/parsers/dockerfile/shell';

export type { KubernetesFile, KubernetesObject, PodSpec, YamlEntry, YamlNode } from '../server/src/parsers/kubernetes/model';
export type { ObjectEntry, ObjectValue, WorkloadContainer, WorkloadEntry, WorkloadFile, WorkloadObject, WorkloadPod, WorkloadValue } from '../server/src/parsers/kubernetes/workload-model';
