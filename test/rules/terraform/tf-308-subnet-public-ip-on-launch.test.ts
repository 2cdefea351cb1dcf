import rule from '../../../rules/terraform/tf-308-subnet-public-ip-on-launch';
import { publicFlagCases } from '../../helpers/public-flag-cases';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (body: string) => `resource "aws_subnet" "public" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.0.0/24"\n${body}}\n`;
const shared = publicFlagCases({ resource, lines: 3, type: 'aws_subnet', name: 'public', flag: 'map_public_ip_on_launch', title: 'Set map_public_ip_on_launch = false' });

ruleTester(rule, {
  good: [...shared.good],
  bad: [...shared.bad],
});
