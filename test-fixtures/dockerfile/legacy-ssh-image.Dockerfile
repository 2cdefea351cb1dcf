# A legacy development image: end-of-life base, sshd, sudo and unverified downloads.
FROM ubuntu:18.04

RUN apt-get update \
    && apt-get install -y --no-install-recommends --allow-unauthenticated openssh-server sudo curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 dev \
    && echo "dev ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers

ADD http://downloads.example.com/tools/devtools-1.4.tar.gz /opt/

USER 10001
RUN sudo mkdir -p /run/sshd

EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
