import { asBool, asString, defineRule, type Fix, type TfValue } from '../api';
import { transportEncryption } from '../shared/azure-transport';
import { moduleSources } from '../shared/module-sources';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';

/** A plain-HTTP URL to a host that is not the machine itself. */
function isPlainHttp(url: string): boolean {
  const match = /^\s*(?:git::)?http:\/\/(?:[^@/]*@)?([^/?#:\s]+)/i.exec(url);
  return match !== null && !/^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(match[1]);
}

/** Rewrites a literal URL to https, as a suggestion: the server may not serve it there. */
function httpsSuggestion(literal: TfValue | undefined, url: string): Fix[] {
  return literal ? [replaceValue(literal, url.replace(/http:\/\//i, 'https://'), 'Use https://')] : [];
}

export default defineRule({
  id: 'TF-513',
  title: 'Download charts, modules and data over HTTPS',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'What Terraform downloads over plain HTTP can be read and replaced on the way: a module archive or Git module ' +
      '(code that runs with your credentials), a Helm chart repository (workloads deployed to the cluster), or a document ' +
      'read by data "http" (often a policy, an IP list or a script). data "http" with insecure = true accepts any ' +
      'certificate. Loopback addresses are not reported.',
    remediation: 'Use the https:// address (or an oci:// registry for charts), and leave insecure unset.',
    links: [
      { title: 'http data source', url: 'https://registry.terraform.io/providers/hashicorp/http/latest/docs/data-sources/http' },
      { title: 'helm_release: repository', url: 'https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release#repository' },
      { title: 'Module sources: HTTP URLs', url: 'https://developer.hashicorp.com/terraform/language/modules/sources#http-urls' },
    ],
  },
  messages: {
    plainHttp: '{{what}} is downloaded over plain HTTP from {{url}}: it can be read and replaced on the way.',
    insecure: 'insecure = true makes this http data source accept any certificate.',
  },
  examples: {
    bad: 'resource "helm_release" "ingress" {\n  name       = "ingress-nginx"\n  repository = "http://charts.example.com"\n  chart      = "ingress-nginx"\n}\n',
    good: 'resource "helm_release" "ingress" {\n  name       = "ingress-nginx"\n  repository = "https://kubernetes.github.io/ingress-nginx"\n  chart      = "ingress-nginx"\n}\n',
  },
  check({ file, module, report }) {
    const url = (located: Located | undefined, what: string) => {
      const text = located ? asString(located.value) : undefined;
      if (!located || text === undefined || !isPlainHttp(text)) return;
      report({ at: located.at, messageId: 'plainHttp', data: { what, url: text.trim() }, value: located.value, suggest: httpsSuggestion(located.literal, text) });
    };
    for (const { block, source } of moduleSources(file)) {
      if (!isPlainHttp(source.value)) continue;
      const what = `Module "${block.labels[0]?.value ?? ''}"`;
      report({ at: source.range, messageId: 'plainHttp', data: { what, url: source.value.trim() }, suggest: httpsSuggestion(source, source.value) });
    }
    const project = moduleFor(file, module);
    for (const release of resourceInstances(project, file, 'helm_release')) url(attributeOf(release, 'repository'), 'This chart');
    for (const block of file.dataSources('http')) {
      for (const view of project.instances(block)) {
        url(attributeOf(view, 'url'), 'This document');
        const insecure = attributeOf(view, 'insecure');
        if (insecure && asBool(insecure.value) === true) report({ at: insecure.at, messageId: 'insecure', value: insecure.value });
      }
    }
  },
});
