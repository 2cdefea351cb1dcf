import { appendAll, asString, type TerraformFile, type TerraformModule } from '../api';
import { itemsOf, objectFields, resourceInstances, viewFields, type Fields, type Located } from './terraform-evaluated';
import { isWorldCidr, parsePortRange } from './terraform-values';

/**
 * Every security rule of the module's network security groups in `file`: separate
 * `azurerm_network_security_rule` resources, inline `security_rule` blocks and `security_rule`
 * written as a list of objects (in JSON the blocks already cover it).
 */
export function securityRules(module: TerraformModule, file: TerraformFile): Fields[] {
  const rules = resourceInstances(module, file, 'azurerm_network_security_rule').map(viewFields);
  for (const group of resourceInstances(module, file, 'azurerm_network_security_group')) {
    appendAll(rules, group.blocks('security_rule').map(viewFields));
    if (!file.json) {
      for (const item of itemsOf(viewFields(group).get('security_rule')) ?? []) {
        if (item.value.kind === 'object') rules.push(objectFields(item));
      }
    }
  }
  return rules;
}

/** Source prefixes Azure treats as every address: wildcards, the Internet service tag, /0 ranges. */
export function isWorldSource(prefix: string): boolean {
  const text = prefix.trim().toLowerCase();
  return text === '*' || text === 'internet' || text === 'any' || isWorldCidr(text);
}

/** The sources of a rule that are known and cover every address, each with its prefix. */
export function worldSources(rule: Fields): { source: Located; prefix: string }[] {
  const sources: Located[] = [];
  const single = rule.get('source_address_prefix');
  if (single) sources.push(single);
  appendAll(sources, itemsOf(rule.get('source_address_prefixes')) ?? []);
  return sources.flatMap((source) => {
    const prefix = source.value.kind === 'string' ? source.value.value : undefined;
    return prefix !== undefined && isWorldSource(prefix) ? [{ source, prefix }] : [];
  });
}

/** The known destination port ranges of a rule, with the text written; unknown entries might be anything and are skipped. */
export function destinationRanges(rule: Fields): { text: string; from: number; to: number }[] {
  const single = rule.get('destination_port_range');
  const values = [...(single ? [single] : []), ...(itemsOf(rule.get('destination_port_ranges')) ?? [])];
  return values.flatMap((value) => {
    const text = asString(value.value)?.trim();
    const range = text === undefined ? undefined : parsePortRange(text);
    return text !== undefined && range ? [{ text, ...range }] : [];
  });
}
