import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { AnyRule } from '../../engine/rule';
import type { Range } from '../../engine/text';
import { LineIndex } from '../../engine/text';
import type { Finding, FindingSeverity, Fix } from '../../engine/types';
import {
  controlLabel,
  frameworkNames,
  renderRuleMarkdown,
  renderRuleText,
  resolveControls,
  ruleDocsUrl,
  type ResolvedControls,
} from '../../engine/rule-docs';
import { displayPath, toolInformationUri, toolName, toolVersion, type Report } from '../report';
import { safeJson } from './terminal';

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const srcRoot = '%SRCROOT%';

/** GitHub code scanning reads this number to rank security alerts. */
const securitySeverity: Record<AnyRule['severity'], string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

const levels: Record<FindingSeverity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** Codes the engine and the CLI report for input they could not check. */
const builtinRules: { id: string; name: string; title: string; description: string; level: Sarif.ReportingConfiguration.level }[] = [
  {
    id: 'syntax',
    name: 'SyntaxError',
    title: 'File does not parse',
    description: 'The file has a syntax error; the parts that could not be read were not checked.',
    level: 'error',
  },
  {
    id: 'unsupported',
    name: 'Unsupported',
    title: 'Content not checked',
    description: 'The file holds content Shiftguard does not check, such as an unrendered template.',
    level: 'note',
  },
  {
    id: 'skipped',
    name: 'Skipped',
    title: 'File not checked',
    description: 'The file was not checked: a NUL byte or an unsupported encoding, over the size limit, or unreadable.',
    level: 'note',
  },
  {
    id: 'internal',
    name: 'InternalError',
    title: 'Shiftguard failed on this file',
    description: 'An internal error stopped the checks of this file. Please report it with the file if you can.',
    level: 'error',
  },
];

const taxonomyInfo: Record<keyof ResolvedControls, { organization: string; version: string; informationUri: string }> = {
  nist80053: {
    organization: 'NIST',
    version: 'Rev. 5',
    informationUri: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
  },
  iso27001: { organization: 'ISO/IEC', version: '2022', informationUri: 'https://www.iso.org/standard/27001' },
  cis: { organization: 'Center for Internet Security', version: 'various', informationUri: 'https://www.cisecurity.org/cis-benchmarks' },
};

const frameworkKeys = Object.keys(frameworkNames) as (keyof ResolvedControls)[];

function pascalCase(title: string): string {
  return title
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function region(range: Range): Sarif.Region {
  // SARIF lines and columns are 1-based; columns count UTF-16 code units, as LSP characters do.
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function artifact(uri: string): Sarif.ArtifactLocation {
  return { uri, uriBaseId: srcRoot };
}

/** Encodes a relative path as a URI reference (spaces, `#`, `%` ...), keeping `/`. */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function sarifFix(uri: string, fix: Fix): Sarif.Fix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifact(uri),
        replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
      },
    ],
  };
}

function normalizedLine(lines: LineIndex | undefined, line: number): string {
  if (!lines || line >= lines.lineCount) return '';
  return lines.text.slice(lines.lineStarts[line], lines.lineEnd(line)).trim().replace(/\s+/g, ' ');
}

/**
 * Builds the SARIF 2.1.0 log: every catalog rule with its documentation and framework controls
 * (as taxonomies), and one result per finding with a fingerprint that survives unrelated edits.
 */
export function buildSarif(report: Report): Sarif.Log {
  const catalog = [...report.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const taxa: Record<keyof ResolvedControls, Map<string, Sarif.ReportingDescriptor>> = {
    nist80053: new Map(),
    iso27001: new Map(),
    cis: new Map(),
  };
  const resolved = new Map(catalog.map((rule) => [rule.id, resolveControls(rule)]));
  for (const rule of catalog) {
    const controls = resolved.get(rule.id)!;
    for (const key of frameworkKeys) {
      for (const control of controls[key]) {
        const id = controlLabel(control);
        if (!taxa[key].has(id)) taxa[key].set(id, { id, name: control.title, helpUri: control.url });
      }
    }
  }
  const usedFrameworks = frameworkKeys.filter((key) => taxa[key].size > 0);
  const taxonomies: Sarif.ToolComponent[] = usedFrameworks.map((key) => ({
    name: frameworkNames[key],
    organization: taxonomyInfo[key].organization,
    version: taxonomyInfo[key].version,
    informationUri: taxonomyInfo[key].informationUri,
    shortDescription: { text: frameworkNames[key] },
    taxa: [...taxa[key].values()],
  }));

  const descriptors: Sarif.ReportingDescriptor[] = catalog.map((rule) => {
    const controls = resolved.get(rule.id)!;
    const relationships: Sarif.ReportingDescriptorRelationship[] = usedFrameworks.flatMap((key, taxonomyIndex) =>
      controls[key].map((control) => {
        const id = controlLabel(control);
        return {
          target: {
            id,
            index: [...taxa[key].keys()].indexOf(id),
            toolComponent: { name: frameworkNames[key], index: taxonomyIndex },
          },
          kinds: ['relevant'],
        };
      }),
    );
    return {
      id: rule.id,
      name: pascalCase(rule.title),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.docs.rationale },
      help: { text: renderRuleText(rule), markdown: renderRuleMarkdown(rule) },
      helpUri: ruleDocsUrl(rule.id),
      defaultConfiguration: { level: levels[rule.severity] },
      properties: {
        requirements: [...rule.requirements],
        'security-severity': securitySeverity[rule.severity],
        tags: ['security', rule.target],
      },
      ...(relationships.length > 0 ? { relationships } : {}),
    };
  });
  for (const builtin of builtinRules) {
    descriptors.push({
      id: builtin.id,
      name: builtin.name,
      shortDescription: { text: builtin.title },
      fullDescription: { text: builtin.description },
      help: { text: builtin.description, markdown: builtin.description },
      helpUri: ruleDocsUrl(builtin.id),
      defaultConfiguration: { level: builtin.level },
      properties: { tags: ['shiftguard'] },
    });
  }
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const indexOf = (finding: Finding): number => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      // A finding of a rule outside the catalog (a disabled-catalog run, a plugin): describe it minimally.
      index = descriptors.length;
      descriptors.push({ id: finding.ruleId, shortDescription: { text: finding.ruleId }, helpUri: ruleDocsUrl(finding.ruleId) });
      ruleIndex.set(finding.ruleId, index);
    }
    return index;
  };

  const results: Sarif.Result[] = [];
  for (const file of report.files) {
    const path = displayPath(report.cwd, file.path);
    const uri = relativeUri(path);
    const lines = file.text !== undefined ? new LineIndex(file.text) : undefined;
    const occurrences = new Map<string, number>();
    for (const finding of file.findings) {
      const hash = createHash('sha256')
        .update(`${finding.ruleId}\0${path}\0${normalizedLine(lines, finding.range.start.line)}`)
        .digest('hex')
        .slice(0, 16);
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);
      const result: Sarif.Result = {
        ruleId: finding.ruleId,
        ruleIndex: indexOf(finding),
        level: levels[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(uri), region: region(finding.range) } }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      };
      if (finding.related.length > 0) {
        result.relatedLocations = finding.related.map((related, id) => ({
          id,
          message: { text: related.message },
          physicalLocation: {
            artifactLocation: artifact(related.path === undefined ? uri : relativeUri(displayPath(report.cwd, related.path))),
            region: region(related.range),
          },
        }));
      }
      if (finding.fix) result.fixes = [sarifFix(uri, finding.fix)];
      if (finding.requirements.length > 0) result.properties = { requirements: [...finding.requirements] };
      results.push(result);
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: toolName,
        version: toolVersion,
        semanticVersion: toolVersion,
        informationUri: toolInformationUri,
        rules: descriptors,
      },
    },
    originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(report.cwd.endsWith('/') ? report.cwd : `${report.cwd}/`).href } },
    columnKind: 'utf16CodeUnits',
    results,
    ...(taxonomies.length > 0 ? { taxonomies } : {}),
  };
  return { $schema: sarifSchemaUri, version: '2.1.0', runs: [run] };
}

export function formatSarif(report: Report): string {
  return `${safeJson(buildSarif(report))}\n`;
}
