import type { TerraformFile } from '../../parsers/terraform/model';
import type { ObjectValue, WorkloadObject } from '../../parsers/kubernetes/workload-model';
import type { BlockView, TerraformModule } from './module';
import { BlockNode, manifestReadsFile, ValueNode, type Naming, type Site } from './kubernetes-workloads';

interface ObjectType {
  readonly kind: string;
  readonly group: string;
  readonly naming: Naming;
}

const rbac = 'rbac.authorization.k8s.io';
const maps: ReadonlySet<string> = new Set(['data', 'binary_data', 'annotations', 'labels', 'selector', 'match_labels']);
const networking = 'networking.k8s.io';

// The provider's `data` takes plain text, which the API calls `stringData`; `binary_data` is the API's base64 `data`.
const secretNaming: Naming = { repeated: {}, renamed: { stringData: 'data', data: 'binary_data' }, dynamicLists: true, maps };
const roleNaming: Naming = { repeated: { rules: 'rule' }, dynamicLists: true, maps };
const bindingNaming: Naming = { repeated: { subjects: 'subject' }, dynamicLists: true, maps };
const serviceNaming: Naming = { repeated: { ports: 'port' }, renamed: { externalIPs: 'external_ips' }, dynamicLists: true, maps };
const policyNaming: Naming = { repeated: { ingress: 'ingress', egress: 'egress', from: 'from', to: 'to', ports: 'ports' }, dynamicLists: true, maps };
const ingressNaming: Naming = { repeated: { tls: 'tls', rules: 'rule' }, dynamicLists: true, maps };

/**
 * The object resources of the kubernetes provider that object rules read, with the kind they
 * create. Provider 3.x deprecated the unversioned names in favour of `_v1`; both are in use.
 */
const objectTypes: Readonly<Record<string, ObjectType>> = {
  kubernetes_secret: { kind: 'Secret', group: '', naming: secretNaming },
  kubernetes_secret_v1: { kind: 'Secret', group: '', naming: secretNaming },
  kubernetes_role: { kind: 'Role', group: rbac, naming: roleNaming },
  kubernetes_role_v1: { kind: 'Role', group: rbac, naming: roleNaming },
  kubernetes_cluster_role: { kind: 'ClusterRole', group: rbac, naming: roleNaming },
  kubernetes_cluster_role_v1: { kind: 'ClusterRole', group: rbac, naming: roleNaming },
  kubernetes_role_binding: { kind: 'RoleBinding', group: rbac, naming: bindingNaming },
  kubernetes_role_binding_v1: { kind: 'RoleBinding', group: rbac, naming: bindingNaming },
  kubernetes_cluster_role_binding: { kind: 'ClusterRoleBinding', group: rbac, naming: bindingNaming },
  kubernetes_cluster_role_binding_v1: { kind: 'ClusterRoleBinding', group: rbac, naming: bindingNaming },
  kubernetes_service: { kind: 'Service', group: '', naming: serviceNaming },
  kubernetes_service_v1: { kind: 'Service', group: '', naming: serviceNaming },
  kubernetes_network_policy: { kind: 'NetworkPolicy', group: networking, naming: policyNaming },
  kubernetes_network_policy_v1: { kind: 'NetworkPolicy', group: networking, naming: policyNaming },
  // The unversioned resource writes extensions/v1beta1 or networking.k8s.io/v1beta1 Ingresses, with the same spec.
  kubernetes_ingress: { kind: 'Ingress', group: 'extensions', naming: ingressNaming },
  kubernetes_ingress_v1: { kind: 'Ingress', group: networking, naming: ingressNaming },
};

function object(kind: string, group: string, root: ObjectValue): WorkloadObject {
  return {
    kind,
    group,
    name: root.get('metadata', 'name')?.string(),
    namespace: root.get('metadata', 'namespace')?.string(),
    root,
  };
}

/** The object a `kubernetes_manifest` creates, read with the API's camelCase names. */
function manifestObject(site: Site, instance: BlockView): WorkloadObject | undefined {
  const attribute = instance.attribute('manifest');
  if (!attribute || manifestReadsFile(attribute.value)) return undefined;
  const value = instance.value('manifest');
  if (!value || value.kind !== 'object') return undefined;
  const root = new ValueNode(site, value, attribute.value.range, attribute.value);
  const apiVersion = root.get('apiVersion')?.string();
  const kind = root.get('kind')?.string();
  if (!apiVersion || !kind) return undefined;
  const slash = apiVersion.indexOf('/');
  return object(kind, slash >= 0 ? apiVersion.slice(0, slash) : '', root);
}

/**
 * The Kubernetes objects of a Terraform file, in the form object rules read: Secrets, Roles and
 * ClusterRoles, their bindings, Services, NetworkPolicies and Ingresses of the kubernetes provider
 * (unversioned and `_v1` names), and `kubernetes_manifest` objects of any kind. Values are
 * evaluated in the module; one object per instance, none for `count = 0`. Ranges are those of
 * the HCL attributes and blocks.
 */
export function terraformObjects(file: TerraformFile, module: TerraformModule): WorkloadObject[] {
  const site: Site = { file };
  const objects: WorkloadObject[] = [];
  for (const resource of file.resources()) {
    const type = resource.labels[0]?.value ?? '';
    const known = Object.prototype.hasOwnProperty.call(objectTypes, type) ? objectTypes[type] : undefined;
    if (!known && type !== 'kubernetes_manifest') continue;
    for (const instance of module.instances(resource)) {
      const found = known ? object(known.kind, known.group, new BlockNode(site, instance, known.naming)) : manifestObject(site, instance);
      if (found) objects.push(found);
    }
  }
  return objects;
}
