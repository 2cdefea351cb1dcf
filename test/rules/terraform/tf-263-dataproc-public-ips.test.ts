import rule from '../../../rules/terraform/tf-263-dataproc-public-ips';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (config: string) => `resource "google_dataproc_cluster" "etl" {\n  name   = "etl"\n  region = "europe-west1"\n  cluster_config {\n${config}  }\n}\n`;
const gce = (value: string) => `    gce_cluster_config {\n      internal_ip_only = ${value}\n    }\n`;
const image = (version: string) => `    software_config {\n      image_version = "${version}"\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'internal only', code: cluster(gce('true')) },
    { name: 'default image', code: cluster('') },
    { name: 'image 2.2', code: cluster(image('2.2-debian12')) },
    { name: 'not known before apply', code: cluster(gce('var.internal')) },
  ],
  bad: [
    {
      name: 'external addresses',
      code: cluster(gce('false')),
      findings: [{ messageId: 'external', line: 6, column: 26, endColumn: 31, suggestions: [{ title: 'Set internal_ip_only = true (the provider replaces the resource)', output: cluster(gce('true')) }] }],
    },
    { name: 'image 2.1 without the setting', code: cluster(image('2.1-debian11')), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 17 }] },
    { name: 'image 1.5 with an empty gce_cluster_config', code: cluster(image('1.5.80-debian10') + '    gce_cluster_config {\n      zone = "europe-west1-b"\n    }\n'), findings: [{ messageId: 'missing', line: 8, column: 5, endColumn: 23 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_dataproc_cluster": {"etl": {"name": "etl", "cluster_config": {"gce_cluster_config": {"internal_ip_only": false}}}}}}\n', findings: [{ messageId: 'external', line: 1 }] },
  ],
});
