import rule from '../../../rules/terraform/tf-011-docdb-cluster-unencrypted';
import { clusterEncryptionCases } from '../../helpers/cluster-encryption-cases';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, clusterEncryptionCases('aws_docdb_cluster', 'docs', ['snapshot_identifier', 'global_cluster_identifier', 'kms_key_id']));
