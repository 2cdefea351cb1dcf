FROM ruby:3.4-slim@sha256:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b

ARG AWS_ACCESS_KEY_ID
ARG AWS_SECRET_ACCESS_KEY
ENV RAILS_ENV=production \
    DATABASE_PASSWORD=Pr0d-Db-2024-xk9 \
    SECRET_KEY_BASE_FILE=/run/secrets/secret_key_base

WORKDIR /app
COPY Gemfile Gemfile.lock ./
COPY .npmrc /root/.npmrc
RUN bundle install --without development test \
 && aws s3 cp s3://acme-assets/geo.mmdb /app/data/geo.mmdb
COPY . .

USER 10001
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
