import { type BlockView, type Fix, type TerraformFile, type TerraformModule, type TfTuple } from '../api';
import { removeListItem } from './terraform-edits';
import { attributeOf, itemsOf, moduleFor, resourceInstances, type Located } from './terraform-evaluated';
import { isOverrideFile } from './terraform-values';

/** One member of a grant, located where it is written. */
export interface GrantMember {
  member: Located;
  /** Removes the member from a literal `members` list that keeps other members; undefined otherwise. */
  remove(title: string): Fix | undefined;
}

/** An IAM grant: a `*_iam_member` or `*_iam_binding` instance, or a `binding` of a `google_iam_policy` document. */
export interface Grant {
  /** The resource type, or `google_iam_policy` for a policy document binding. */
  type: string;
  view: BlockView;
  role: Located | undefined;
  members: GrantMember[];
}

/** What a `*_iam_member` / `*_iam_binding` resource type grants access to, e.g. `project`, `storage_bucket`. */
export function grantTarget(type: string): string {
  return type.replace(/^google_/, '').replace(/_iam_(member|binding)$/, '').replace(/_/g, ' ');
}

function membersOf(view: BlockView): GrantMember[] {
  const single = attributeOf(view, 'member');
  if (single) return [{ member: single, remove: () => undefined }];
  const list = attributeOf(view, 'members');
  const items = itemsOf(list);
  if (!list || !items) return [];
  const syntax = list.syntax;
  // Only a list written item by item can lose one; an emptied list would revoke the role from everyone.
  const tuple = 'kind' in syntax && syntax.kind === 'tuple' && syntax.items.length === items.length && items.length > 1 ? (syntax as TfTuple) : undefined;
  return items.map((member, index) => ({ member, remove: (title: string) => (tuple && member.literal ? removeListItem(tuple, index, title) : undefined) }));
}

/**
 * The grants of the file's resources of the given `*_iam_member` / `*_iam_binding` types, each
 * instance with its role and members evaluated; with `policies`, also the `binding` blocks of
 * `google_iam_policy` documents. Override files are left out: they patch grants defined elsewhere.
 */
export function grantsOf(file: TerraformFile, module: TerraformModule | undefined, types: readonly string[], policies = false): Grant[] {
  if (isOverrideFile(file)) return [];
  const project = moduleFor(file, module);
  const grants: Grant[] = [];
  for (const type of types) {
    for (const view of resourceInstances(project, file, type)) grants.push({ type, view, role: attributeOf(view, 'role'), members: membersOf(view) });
  }
  if (policies) {
    for (const block of file.dataSources('google_iam_policy')) {
      for (const document of project.instances(block)) {
        for (const binding of document.blocks('binding')) {
          grants.push({ type: 'google_iam_policy', view: binding, role: attributeOf(binding, 'role'), members: membersOf(binding) });
        }
      }
    }
  }
  return grants;
}

/** `*_iam_member` and `*_iam_binding` types on projects, folders and organizations. */
export const hierarchyGrantTypes = ['project', 'folder', 'organization'].flatMap((level) => [`google_${level}_iam_member`, `google_${level}_iam_binding`]);
