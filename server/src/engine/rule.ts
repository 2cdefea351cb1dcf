import type { Range } from './text';
import type { FindingSeverity, Fix, RelatedLocation, Severity, Target } from './types';
import type { ParsedFileOf } from '../parsers/models';
import type { RequirementId } from '../../../rules/requirements';
import type { TerraformModule } from './terraform/module';
import type { TfEvalValue } from './terraform/value';
import type { WorkloadFile, WorkloadValue } from '../parsers/kubernetes/workload-model';

/** Framework controls a rule maps to; each list narrows the controls of the rule's requirements. */
export interface FrameworkRefs {
  /** ISO/IEC 27001:2022 Annex A ids, e.g. `A.8.9`. */
  iso27001?: string[];
  /** NIST SP 800-53 Rev. 5 ids, e.g. `AC-6`, `SC-8(1)`. */
  nist80053?: string[];
  /** CIS benchmark name, version and item, e.g. `CIS Docker Benchmark v1.6.0 4.1`. */
  cis?: string[];
}

export interface RuleDocs {
  /** Why it matters: the risk in a sentence or two. */
  rationale: string;
  /** What to do, ending with a period. */
  remediation: string;
  links?: { title: string; url: string }[];
}

export interface ReportDescriptor<M extends string> {
  /** The narrowest range that explains the problem. */
  at: Range;
  messageId: M;
  /** Values for `{{name}}` placeholders of the message. */
  data?: Record<string, string | number>;
  /** Overrides the rule's severity for this finding (e.g. a builder stage is one level lower). */
  severity?: Severity;
  fix?: Fix;
  suggest?: Fix[];
  related?: RelatedLocation[];
  /**
   * The evaluated value the finding is about. When it was written somewhere else (a variable
   * default, a tfvars file, a local), the finding names that place in its related information.
   */
  value?: TfEvalValue | WorkloadValue;
}

/** `recommended`: what a reviewer would always flag, on by default. `strict`: opinionated hardening on top. */
export type Preset = 'recommended' | 'strict';

/** The value of a rule parameter. */
export type RuleOptionValue = number | string | boolean;

/** A parameter a team may set for a rule (a minimum retention, an allowed list), with its documented default. */
export type RuleOption =
  | { type: 'number'; default: number; description: string; minimum?: number; maximum?: number; integer?: boolean }
  | { type: 'string'; default: string; description: string; values?: readonly string[] }
  | { type: 'boolean'; default: boolean; description: string };

export interface RuleContext<T extends Target, M extends string, W extends boolean = false> {
  /** The parsed file; for a workload rule, the workloads of a manifest or of a Terraform file. */
  file: W extends true ? WorkloadFile : ParsedFileOf<T>;
  /** Terraform only: the module (directory) the file belongs to, for evaluating values across files. */
  module: T extends 'terraform' ? TerraformModule : undefined;
  report(descriptor: ReportDescriptor<M>): void;
  /** The rule's parameters: the configured values, else the documented defaults. */
  options: Readonly<Record<string, RuleOptionValue>>;
}

export interface RuleDefinition<T extends Target = Target, M extends string = string, W extends boolean = false> {
  /** `DKR-nnn`, `K8S-nnn`, `TF-nnn`: never changed, never reused. */
  id: string;
  /** The requirement as a short imperative. */
  title: string;
  target: T;
  severity: Severity;
  /** Whether the rule is on by default (`recommended`) or only in the `strict` preset. */
  preset: Preset;
  requirements: RequirementId[];
  frameworks?: FrameworkRefs;
  docs: RuleDocs;
  messages: Record<M, string>;
  examples: { bad: string; good: string };
  /** Parameters the lint configuration may set, by name (camelCase). */
  options?: Record<string, RuleOption>;
  /**
   * Set on a `kubernetes` rule that reads only the workload model (`file.podSpecs`,
   * `file.containers` and their edits, `file.objects`): it then also checks the resources of the
   * Terraform kubernetes provider (`kubernetes_deployment_v1`, `kubernetes_secret_v1`,
   * `kubernetes_manifest`, ...).
   */
  workloads?: W;
  check(context: RuleContext<T, M, W>): void;
}

/**
 * A rule of any target, as the engine and the catalog handle it. The engine only hands a rule
 * files of its own target, which the type system cannot express for a mixed list: hence `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface AnyRule extends Omit<RuleDefinition<Target, string, boolean>, 'check'> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  check(context: RuleContext<any, any, any>): void;
}

/** Identity function that gives a rule file its types. */
export function defineRule<T extends Target, M extends string, W extends boolean = false>(
  rule: RuleDefinition<T, M, W>,
): RuleDefinition<T, M, W> {
  return rule;
}

/** Fills `{{name}}` placeholders; an unknown name is left visible rather than silently dropped. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export type { FindingSeverity };
