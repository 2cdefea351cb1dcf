import rule from '../../../rules/kubernetes/k8s-025-unencrypted-ebs-storage-class';
import { ruleTester } from '../../helpers/rule-tester';

const storageClass = (provisioner: string, parameters: string) =>
  `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3\nprovisioner: ${provisioner}\n${parameters}volumeBindingMode: WaitForFirstConsumer\n`;

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: storageClass('ebs.csi.aws.com', 'parameters:\n  type: gp3\n  encrypted: "true"\n') },
    { name: 'encrypted with a key, capitalised name', code: storageClass('ebs.csi.aws.com', 'parameters:\n  Encrypted: "True"\n  kmsKeyId: arn:aws:kms:eu-west-1:123456789012:key/abcd\n') },
    { name: 'EKS Auto Mode, encrypted', code: storageClass('ebs.csi.eks.amazonaws.com', 'parameters:\n  encrypted: "true"\n') },
    { name: 'in-tree plugin, encrypted', code: storageClass('kubernetes.io/aws-ebs', "parameters:\n  encrypted: 'true'\n") },
    { name: 'another provisioner', code: storageClass('pd.csi.storage.gke.io', 'parameters:\n  type: pd-balanced\n') },
    { name: 'templated value', code: storageClass('ebs.csi.aws.com', 'parameters:\n  encrypted: "${ENCRYPTED}"\n') },
    { name: 'StorageClass of another group', code: 'apiVersion: example.com/v1\nkind: StorageClass\nmetadata:\n  name: x\nprovisioner: ebs.csi.aws.com\n' },
  ],
  bad: [
    {
      name: 'no encrypted parameter',
      code: storageClass('ebs.csi.aws.com', 'parameters:\n  type: gp3\n'),
      findings: [
        {
          messageId: 'missing',
          line: 5,
          column: 14,
          endColumn: 29,
          severity: 'high',
          suggestions: [{ title: 'Set encrypted: "true"', output: storageClass('ebs.csi.aws.com', 'parameters:\n  type: gp3\n  encrypted: "true"\n') }],
        },
      ],
    },
    {
      name: 'no parameters at all (in-tree plugin)',
      code: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp2\nprovisioner: kubernetes.io/aws-ebs\n',
      findings: [
        {
          messageId: 'missing',
          line: 5,
          suggestions: [{ output: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp2\nprovisioner: kubernetes.io/aws-ebs\nparameters:\n  encrypted: "true"\n' }],
        },
      ],
    },
    {
      name: 'encrypted false',
      code: storageClass('ebs.csi.eks.amazonaws.com', 'parameters:\n  encrypted: "false"\n'),
      findings: [{ messageId: 'disabled', line: 7, column: 14, endColumn: 21, suggestions: [{ output: storageClass('ebs.csi.eks.amazonaws.com', 'parameters:\n  encrypted: "true"\n') }] }],
    },
    {
      name: 'flow parameters get no suggestion',
      code: storageClass('ebs.csi.aws.com', 'parameters: {type: gp3}\n'),
      findings: [{ messageId: 'missing', line: 5, suggestions: [] }],
    },
    {
      name: 'second document',
      code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: data\n---\n${storageClass('ebs.csi.aws.com', 'parameters:\n  encrypted: "0"\n')}`,
      findings: [{ messageId: 'disabled', line: 12, column: 14, endColumn: 17 }],
    },
  ],
});
