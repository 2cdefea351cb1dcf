resource "aws_ebs_volume" "postgres_data" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "gp3"
  iops              = 6000

  tags = {
    Name = "postgres-data"
  }
}

resource "aws_volume_attachment" "postgres_data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.postgres_data.id
  instance_id = aws_instance.postgres.id
}

resource "aws_instance" "postgres" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "r6i.large"
  subnet_id     = aws_subnet.private_a.id

  root_block_device {
    volume_size = 40
    volume_type = "gp3"
    encrypted   = false
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0a1b2c3d4e5f60718"
  }
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvdb"

    ebs {
      volume_size           = 100
      volume_type           = "gp3"
      delete_on_termination = true
    }
  }
}
