# Jump host security groups for the staging VPC.

resource "aws_security_group" "bastion" {
  name        = "staging-bastion"
  description = "SSH to the bastion host"
  vpc_id      = aws_vpc.staging.id

  ingress {
    description = "SSH from anywhere (temporary, for the vendor)"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24", "0.0.0.0/0"]
  }

  ingress {
    description     = "Health checks from the load balancer"
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "staging-bastion"
  }
}

resource "aws_security_group" "windows_admin" {
  name   = "staging-windows-admin"
  vpc_id = aws_vpc.staging.id
}

resource "aws_security_group_rule" "rdp_ipv6" {
  type              = "ingress"
  description       = "RDP for the support team"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.windows_admin.id
}

resource "aws_vpc_security_group_ingress_rule" "web_https" {
  security_group_id = aws_security_group.alb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "debug_all" {
  security_group_id = aws_security_group.windows_admin.id
  description       = "Everything, for debugging"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_security_group_rule" "ssh_from_vpn" {
  count             = var.vpn_enabled ? 1 : 0
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.vpn_cidr]
  security_group_id = aws_security_group.bastion.id
}
