import type { Range } from '../../engine/text';
import type {
  Container,
  ContainerList,
  ContainerSecurityField,
  EffectiveValue,
  InheritedSecurityField,
  KubernetesObject,
  PodSpec,
} from './model';
import type { YamlEntry, YamlNode } from './yaml-node';
import { containerNodes, podSpecNodes, type WorkBudget } from './budget';
import type { YamlGraph } from './yaml-graph';

interface WorkloadShape {
  /** API groups the kind belongs to; kinds of the same name in other groups are different things. */
  groups: readonly string[];
  path: readonly string[];
}

const templateSpec = ['spec', 'template', 'spec'];

const workloadShapes: Record<string, WorkloadShape> = {
  Pod: { groups: [''], path: ['spec'] },
  PodTemplate: { groups: [''], path: ['template', 'spec'] },
  ReplicationController: { groups: [''], path: templateSpec },
  Deployment: { groups: ['apps', 'extensions'], path: templateSpec },
  ReplicaSet: { groups: ['apps', 'extensions'], path: templateSpec },
  DaemonSet: { groups: ['apps', 'extensions'], path: templateSpec },
  StatefulSet: { groups: ['apps'], path: templateSpec },
  Job: { groups: ['batch'], path: templateSpec },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
  Rollout: { groups: ['argoproj.io'], path: templateSpec },
  // OpenShift 3 served DeploymentConfig from the legacy core group as well.
  DeploymentConfig: { groups: ['apps.openshift.io', ''], path: templateSpec },
};

const containerLists: readonly ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

function present(entry: YamlEntry | undefined): entry is YamlEntry & { value: YamlNode } {
  return entry !== undefined && entry.value !== undefined && !entry.value.isNull;
}

/**
 * Keys from an object's root to its pod spec (`['spec', 'template', 'spec']`), for the workload
 * kinds of their API groups (`apps` for `apps/v1`, empty for the core group); undefined for any other kind.
 */
export function podSpecPath(group: string, kind: string): readonly string[] | undefined {
  const shape = Object.prototype.hasOwnProperty.call(workloadShapes, kind) ? workloadShapes[kind] : undefined;
  return shape && shape.groups.includes(group) ? shape.path : undefined;
}

/**
 * The pod specs of the workload objects of one document, charged to its budget (when it has one);
 * undefined when they cost more. A pod spec node that several objects reach through an alias is modelled once,
 * for the first of them: its checks would give the same findings, at the same places.
 */
export function podSpecsOf(objects: readonly KubernetesObject[], graph: YamlGraph, budget: WorkBudget | undefined): PodSpec[] | undefined {
  const specs: PodSpec[] = [];
  const seen = new Set<object>();
  const add = (object: KubernetesObject, node: YamlNode, path: readonly string[]): boolean => {
    if (seen.has(node.node)) return true;
    seen.add(node.node);
    // Charged before it is built: the model of a pod spec costs no more than its tree.
    if (budget && !budget.charge(podSpecNodes + graph.expandedSize(node.node))) return false;
    const spec = createPodSpec(object, node, path);
    if (budget && !budget.charge(containerNodes * spec.containers.length)) return false;
    specs.push(spec);
    return true;
  };
  for (const object of objects) {
    const path = podSpecPath(object.group, object.kind);
    if (path) {
      const node = object.root.get(...path);
      if (node?.isMap && !add(object, node, path)) return undefined;
      continue;
    }
    if (nestedSkipKinds.has(object.kind)) continue;
    // A `List` holds whole objects, each modelled on its own: its pod specs belong to its items.
    if (object.kind.endsWith('List') && object.root.get('items')?.isSeq) continue;
    // Custom resources (JobSet, MPIJob, RayCluster, Argo Workflow, ...) carry ordinary pod specs
    // at places of their own: any mapping with a `containers` list of containers that name an image.
    const found: { node: YamlNode; path: string[] }[] = [];
    if (!findNestedPodSpecs(object.root, [], found, new Set(), budget)) return undefined;
    for (const { node, path: nested } of found) if (!add(object, node, nested)) return undefined;
  }
  return specs;
}

/** Kinds whose contents are data or policy, never a pod spec to check. */
const nestedSkipKinds = new Set(['ConfigMap', 'Secret', 'CustomResourceDefinition', 'Namespace', 'Service', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/** Deep enough for the pod templates of every known operator (`spec.replicatedJobs[].template.spec.template.spec`). */
const nestedDepthLimit = 16;

function isPodSpecNode(node: YamlNode): boolean {
  const containers = node.get('containers');
  if (!containers?.isSeq) return false;
  return containers.items().some((item) => item.isMap && item.get('image')?.string() !== undefined);
}

function findNestedPodSpecs(node: YamlNode, path: string[], found: { node: YamlNode; path: string[] }[], visiting: Set<object>, budget: WorkBudget | undefined): boolean {
  if (path.length > nestedDepthLimit || visiting.has(node.node)) return true;
  if (budget && !budget.charge(1)) return false;
  if (node.isMap) {
    if (path.length > 0 && isPodSpecNode(node)) {
      found.push({ node, path: [...path] });
      return true;
    }
    visiting.add(node.node);
    for (const entry of node.entries()) {
      const child = entry.value;
      if (!child || child.isScalar || entry.key === 'metadata' || entry.key === 'status') continue;
      path.push(entry.key);
      const ok = findNestedPodSpecs(child, path, found, visiting, budget);
      path.pop();
      if (!ok) return false;
    }
    visiting.delete(node.node);
  } else if (node.isSeq) {
    visiting.add(node.node);
    const items = node.items();
    for (let index = 0; index < items.length; index++) {
      if (items[index].isScalar) continue;
      path.push(String(index));
      const ok = findNestedPodSpecs(items[index], path, found, visiting, budget);
      path.pop();
      if (!ok) return false;
    }
    visiting.delete(node.node);
  }
  return true;
}

function createPodSpec(object: KubernetesObject, node: YamlNode, path: readonly string[]): PodSpec {
  const securityContext = node.get('securityContext');
  const podSecurity = securityContext?.isMap ? securityContext : undefined;
  const containers: Container[] = [];
  // The pod's metadata is the sibling of its spec: the object's for a Pod, the template's otherwise.
  const metadataPath = path[path.length - 1] === 'spec' ? [...path.slice(0, -1), 'metadata'] : undefined;
  const pod: PodSpec = {
    object,
    node,
    path,
    securityContext: podSecurity,
    isWindows: node.get('os', 'name')?.string()?.toLowerCase() === 'windows',
    userNamespace: node.get('hostUsers')?.bool() === false,
    containers,
    fieldName: (field) => field,
    setting: (field, value) => `${field}: ${value}`,
    field(name) {
      const entry = node.entry(name);
      return present(entry) ? entry : undefined;
    },
    securityField(name) {
      const entry = podSecurity?.entry(name);
      return present(entry) ? entry : undefined;
    },
    annotation(key) {
      const value = metadataPath && object.root.get(...metadataPath, 'annotations', key);
      return value && !value.isNull ? value : undefined;
    },
  };
  for (const list of containerLists) {
    const items = node.get(list)?.items() ?? [];
    items.forEach((item, index) => {
      if (item.isMap) containers.push(createContainer(pod, list, index, item));
    });
  }
  // In file order, whatever the order of the lists.
  containers.sort((a, b) => a.node.startOffset - b.node.startOffset);
  return pod;
}

function createContainer(pod: PodSpec, list: ContainerList, index: number, node: YamlNode): Container {
  const nameEntry = node.entry('name');
  const securityContextEntry = node.entry('securityContext');
  const securityContext = securityContextEntry?.value?.isMap ? securityContextEntry.value : undefined;
  const image = node.entry('image');
  const own = (field: string): EffectiveValue | undefined => {
    const entry = securityContext?.entry(field);
    return present(entry) ? { entry, value: entry.value, from: 'container' } : undefined;
  };
  return {
    pod,
    list,
    index,
    node,
    name: nameEntry?.value?.string(),
    nameEntry,
    image,
    securityContext,
    securityContextEntry,
    partial: !present(image),
    anchor: anchorOf(node, nameEntry),
    field(name) {
      const entry = node.entry(name);
      return present(entry) ? entry : undefined;
    },
    own: (field: ContainerSecurityField | InheritedSecurityField) => own(field),
    effective(field: InheritedSecurityField) {
      const mine = own(field);
      if (mine) return mine;
      const inherited = pod.securityField(field);
      return inherited ? { entry: inherited, value: inherited.value!, from: 'pod' } : undefined;
    },
  };
}

function anchorOf(node: YamlNode, nameEntry: YamlEntry | undefined): Range {
  if (nameEntry?.value && !nameEntry.value.isNull) return nameEntry.value.range;
  if (nameEntry) return nameEntry.keyRange;
  const first = node.entries()[0];
  return first ? first.keyRange : node.range;
}
