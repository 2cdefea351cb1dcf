import { defineRule, type Fix } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { removeListItem } from '../shared/terraform-edits';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

const snapshots = ['aws_db_snapshot', 'aws_db_cluster_snapshot'];

export default defineRule({
  id: 'TF-310',
  title: 'Do not share RDS snapshots publicly',
  ...publicEndpointRule({ severity: 'critical' }),
  docs: {
    rationale:
      'An RDS DB or cluster snapshot whose shared_accounts contains "all" can be copied and restored by every AWS account: ' +
      'anyone gets a full copy of the database, including password hashes and personal data. Encrypted snapshots cannot be ' +
      'shared publicly, but unencrypted ones can.',
    remediation: 'Remove "all" from shared_accounts and share the snapshot only with the account IDs that need it.',
    links: [
      awsDoc('aws_db_snapshot', 'shared_accounts'),
      awsDoc('aws_db_cluster_snapshot', 'shared_accounts'),
      { title: 'Sharing a DB snapshot', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html' },
    ],
  },
  messages: {
    public: 'shared_accounts contains "all": every AWS account can restore this snapshot.',
  },
  examples: {
    bad: 'resource "aws_db_snapshot" "nightly" {\n  db_instance_identifier = aws_db_instance.main.identifier\n  db_snapshot_identifier = "nightly"\n  shared_accounts        = ["all"]\n}\n',
    good: 'resource "aws_db_snapshot" "nightly" {\n  db_instance_identifier = aws_db_instance.main.identifier\n  db_snapshot_identifier = "nightly"\n  shared_accounts        = ["123456789012"]\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const type of snapshots) {
      for (const view of resourceInstances(project, file, type)) {
        const list = attributeOf(view, 'shared_accounts');
        const items = itemsOf(list);
        if (!list || !items) continue;
        const written = list.syntax;
        items.forEach((item, index) => {
          if (item.value.kind !== 'string' || item.value.value.trim().toLowerCase() !== 'all') return;
          // Dropping "all" leaves the accounts the author listed; only a literal list is edited.
          const editable = 'kind' in written && written.kind === 'tuple' && item.literal === written.items[index];
          const suggest: Fix[] = editable && written.kind === 'tuple' ? [removeListItem(written, index, 'Stop sharing the snapshot publicly')] : [];
          report({ at: item.at, messageId: 'public', value: item.value, suggest });
        });
      }
    }
  },
});
