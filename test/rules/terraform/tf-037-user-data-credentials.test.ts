import rule from '../../../rules/terraform/tf-037-user-data-credentials';
import { ruleTester } from '../../helpers/rule-tester';

const instance = (body: string) => `resource "aws_instance" "web" {\n  ami = "ami-0abcdef1234567890"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'boot script that reads its secret', code: instance('  user_data = <<-EOF\n    #!/bin/bash\n    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\n  EOF\n'), trailingSpaceVariant: false },
    { name: 'no secrets', code: instance('  user_data = "#!/bin/bash\\nyum install -y nginx\\n"\n') },
    { name: 'template known only at apply time', code: instance('  user_data = templatefile("boot.sh", { password = random_password.db.result })\n') },
    {
      name: 'dummy values under credential names',
      code: instance('  user_data = "export AWS_ACCESS_KEY_ID=FOO\\nexport AWS_SECRET_ACCESS_KEY=bar\\nexport AWS_DEFAULT_REGION=us-west-2\\n"\n'),
    },
    { name: 'launch template without credentials', code: 'resource "aws_launch_template" "web" {\n  user_data = base64encode("#!/bin/bash\\necho hello\\n")\n}\n' },
  ],
  bad: [
    {
      name: 'password assigned in a heredoc',
      trailingSpaceVariant: false,
      code: instance('  user_data = <<-EOF\n    #!/bin/bash\n    export DB_PASSWORD="Tr0ub4dor3"\n  EOF\n'),
      findings: [{ messageId: 'credentials', line: 3, column: 15, endLine: 6, endColumn: 6 }],
    },
    {
      name: 'access key id in user_data_base64',
      code: instance('  user_data_base64 = base64encode("aws configure set aws_access_key_id AKIAZ7Q2MXR4D6SPL3TQ")\n'),
      findings: [{ messageId: 'credentials', line: 3, column: 22, endColumn: 94 }],
    },
    {
      name: 'launch template, credentials in a URL, from a variable default',
      code: 'resource "aws_launch_template" "web" {\n  user_data = base64encode(var.script)\n}\n',
      files: { 'variables.tf': 'variable "script" {\n  default = "git clone https://deploy:s3cr3tPassw0rd@git.example.org/app.git"\n}\n' },
      findings: [{ messageId: 'credentials', line: 2, column: 15, endColumn: 39 }],
    },
    {
      name: 'documented example keys exported in a heredoc',
      trailingSpaceVariant: false,
      code: instance('  user_data = <<EOF\n\t\t export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n\t\t export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\t\t EOF\n'),
      findings: [{ messageId: 'credentials', line: 3, column: 15, endLine: 6, endColumn: 7 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_instance": {"web": {"user_data": "API_TOKEN=9f8e7d6c5b4a3921"}}}}\n',
      findings: [{ messageId: 'credentials', line: 1, column: 53, endColumn: 81 }],
    },
  ],
});
