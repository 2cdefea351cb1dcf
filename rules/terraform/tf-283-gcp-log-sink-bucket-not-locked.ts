import { asBool, asString, defineRule, type TfBlock } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const sinkTypes = ['google_logging_project_sink', 'google_logging_folder_sink', 'google_logging_organization_sink', 'google_logging_billing_account_sink'];
const prefix = 'storage.googleapis.com/';

export default defineRule({
  id: 'TF-283',
  title: 'Lock the retention policy of Cloud Storage buckets that receive log sinks',
  target: 'terraform',
  severity: 'low',
  // Strict: a locked retention policy can never be shortened or removed, nor the bucket deleted before it expires.
  preset: 'strict',
  requirements: ['6.2'],
  frameworks: { iso27001: ['A.8.15'], nist80053: ['AU-9', 'AU-11'], cis: ['CIS Google Cloud Platform Foundation Benchmark v4.0.0 2.3'] },
  docs: {
    rationale:
      'Logs exported to a bucket by a log sink are the copy that survives the default 30-day retention of Cloud Logging. ' +
      'Without a retention_policy, or with one that is not locked (is_locked = true), anyone who can administer the ' +
      'bucket, including an intruder covering their tracks, can delete the exported logs or shorten how long they are kept.',
    remediation: 'Add retention_policy { retention_period = <seconds>, is_locked = true } to the bucket named as the sink\'s destination.',
    links: [googleDoc('google_storage_bucket', 'retention_policy'), { title: 'Bucket Lock', url: 'https://cloud.google.com/storage/docs/bucket-lock' }],
  },
  messages: {
    noRetention: 'This bucket receives log sink exports but has no retention policy: the exported logs can be deleted.',
    notLocked: 'The retention policy of this log sink bucket is not locked, so it can be shortened or removed.',
  },
  examples: {
    bad:
      'resource "google_storage_bucket" "logs" {\n  name     = "acme-logs"\n  location = "EU"\n}\n\n' +
      'resource "google_logging_project_sink" "all" {\n  name        = "all"\n  destination = "storage.googleapis.com/${google_storage_bucket.logs.name}"\n}\n',
    good:
      'resource "google_storage_bucket" "logs" {\n  name     = "acme-logs"\n  location = "EU"\n  retention_policy {\n    retention_period = 31536000\n' +
      '    is_locked        = true\n  }\n}\n\nresource "google_logging_project_sink" "all" {\n  name        = "all"\n  destination = "storage.googleapis.com/${google_storage_bucket.logs.name}"\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // Sinks anywhere in the module, by the bucket they name: a resource address or a literal bucket name.
    const addressed = new Map<string, TfBlock>();
    const named = new Map<string, TfBlock>();
    for (const type of sinkTypes) {
      for (const sink of project.resources(type)) {
        const written = sink.attribute('destination')?.value;
        if (written?.kind === 'expression') {
          const mentioned = written.references.length > 0 ? written.references : [...written.text.matchAll(/\bgoogle_storage_bucket\.[\w-]+/g)].map((m) => m[0]);
          for (const reference of mentioned.filter((r) => r.startsWith('google_storage_bucket.'))) addressed.set(reference.split('.')[1], sink);
        }
        for (const instance of project.instances(sink)) {
          const destination = asString(instance.value('destination'))?.trim();
          if (destination?.startsWith(prefix)) named.set(destination.slice(prefix.length), sink);
        }
      }
    }
    if (addressed.size === 0 && named.size === 0) return;
    // No edit: a locked policy cannot be undone, so its period is for a person to choose.
    for (const bucket of resourceInstances(project, file, 'google_storage_bucket')) {
      const name = asString(bucket.value('name'))?.trim();
      const sink = addressed.get(bucket.block.labels[1]?.value ?? '') ?? (name === undefined ? undefined : named.get(name));
      if (!sink || bucket.hasUnknownBlocks('retention_policy')) continue;
      const where = project.fileOf(sink);
      const related = where ? [{ message: 'The log sink that exports to this bucket', range: headerAnchor(where, sink), ...(where !== file ? { path: where.path } : {}) }] : undefined;
      const policy = bucket.blocks('retention_policy')[0];
      if (!policy) {
        report({ at: headerAnchor(file, bucket.block), messageId: 'noRetention', related });
        continue;
      }
      const locked = attributeOf(policy, 'is_locked');
      if (locked && locked.value.kind !== 'null' && asBool(locked.value) !== false) continue;
      report({ at: locked?.at ?? policy.block.typeRange, messageId: 'notLocked', related, value: locked?.value });
    }
  },
});
