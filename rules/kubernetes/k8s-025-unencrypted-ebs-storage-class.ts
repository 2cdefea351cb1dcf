import { defineRule, replace, type Fix } from '../api';
import { insertIntoMap, isTemplated, objectsOfKind } from '../shared/kubernetes-objects';

/** The EBS provisioners: the CSI driver, EKS Auto Mode's, and the in-tree plugin they replaced. */
const ebsProvisioners = new Set(['ebs.csi.aws.com', 'ebs.csi.eks.amazonaws.com', 'kubernetes.io/aws-ebs']);

// The drivers read the parameter with Go's strconv.ParseBool; any other value is unknown here.
const parsedFalse = new Set(['0', 'f', 'F', 'false', 'False', 'FALSE']);

export default defineRule({
  id: 'K8S-025',
  title: 'EBS storage classes must encrypt their volumes',
  target: 'kubernetes',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: { iso27001: ['A.8.24'], nist80053: ['SC-28', 'SC-28(1)'] },
  docs: {
    rationale:
      'A StorageClass of the EBS CSI driver (or of the in-tree `kubernetes.io/aws-ebs` plugin) creates unencrypted volumes ' +
      'unless its `encrypted` parameter is `"true"`: the data of every claim, and of the snapshots taken of it, is then ' +
      'stored in clear, readable by anyone who can attach or copy the volume. Only an account-level "EBS encryption by ' +
      'default" setting, which the manifest cannot show, would encrypt them anyway. Parameter names are case-insensitive.',
    remediation:
      'Set `encrypted: "true"` in the StorageClass parameters (and `kmsKeyId` to a customer managed key). StorageClass ' +
      'parameters cannot be changed in place: create the class anew; existing volumes stay as they were created.',
    links: [{ title: 'EBS CSI driver: StorageClass parameters', url: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md' }],
  },
  messages: {
    missing: 'StorageClass "{{name}}" creates EBS volumes without encryption: the encrypted parameter is not set.',
    disabled: 'StorageClass "{{name}}" sets encrypted: {{value}}, so its EBS volumes are not encrypted.',
  },
  examples: {
    bad: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3\nprovisioner: ebs.csi.aws.com\nparameters:\n  type: gp3\n',
    good:
      'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3\nprovisioner: ebs.csi.aws.com\nparameters:\n' +
      '  type: gp3\n  encrypted: "true"\n',
  },
  check({ file, report }) {
    for (const storageClass of objectsOfKind(file, 'StorageClass', ['storage.k8s.io'])) {
      const provisioner = storageClass.root.get('provisioner');
      if (!provisioner || !ebsProvisioners.has(provisioner.string()?.trim() ?? '')) continue;
      const name = storageClass.name ?? '(unnamed)';
      const title = 'Set encrypted: "true"';
      const parameters = storageClass.root.get('parameters');
      if (parameters && !parameters.isNull && !parameters.isMap) continue;
      const encrypted = parameters?.entries().find((entry) => entry.key.toLowerCase() === 'encrypted');
      const value = encrypted?.value?.string()?.trim();
      if (encrypted?.value && !encrypted.value.isNull) {
        if (value === undefined || !parsedFalse.has(value)) continue;
        // A suggestion: parameters of an existing class cannot be updated; the class must be recreated.
        report({ at: encrypted.value.range, messageId: 'disabled', data: { name, value }, suggest: [replace(encrypted.value.range, '"true"', title)] });
        continue;
      }
      if (encrypted || isTemplated(file, storageClass)) continue;
      const suggest: Fix[] = [];
      const edit = insertIntoMap(file, storageClass.root, 'parameters', 'encrypted', '"true"');
      if (edit) suggest.push({ title, edits: [edit] });
      report({ at: provisioner.range, messageId: 'missing', data: { name }, suggest });
    }
  },
});
