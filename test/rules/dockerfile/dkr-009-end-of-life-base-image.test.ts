import rule from '../../../rules/dockerfile/dkr-009-end-of-life-base-image';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'supported Node.js on a supported Alpine', code: 'FROM node:24-alpine3.23\n' },
    { name: 'supported Debian', code: 'FROM debian:13-slim\n' },
    { name: 'Debian 12 in its LTS period', code: 'FROM debian:bookworm-slim\n' },
    { name: 'supported Ubuntu LTS by codename', code: 'FROM ubuntu:noble\n' },
    { name: 'major-only Python tag', code: 'FROM python:3-slim\n' },
    { name: 'untagged and latest (DKR-002)', code: 'FROM node\nFROM alpine:latest\n' },
    { name: 'unknown tag variable', code: 'ARG NODE_VERSION\nFROM node:${NODE_VERSION}-alpine\n' },
    { name: 'empty ARG default', code: 'ARG TAG=\nFROM python:${TAG}\n' },
    { name: 'image of another publisher', code: 'FROM example.com/team/node:14\n' },
    { name: 'FROM an earlier stage', code: 'FROM node:24 AS base\nFROM base\n' },
    { name: 'LTS Temurin', code: 'FROM eclipse-temurin:21-jre-alpine\n' },
    { name: 'scratch', code: 'FROM scratch\n' },
  ],
  bad: [
    {
      name: 'EOL Node.js in the final stage',
      code: 'FROM node:18-alpine\nCMD ["node", "server.js"]\n',
      findings: [{ messageId: 'ended', line: 1, column: 11, endColumn: 13, severity: 'high' }],
    },
    {
      name: 'both parts of a variant tag',
      code: 'FROM node:20-alpine3.19\n',
      findings: [
        { messageId: 'ended', line: 1, column: 11, endColumn: 13 },
        { messageId: 'ended', line: 1, column: 14, endColumn: 24 },
      ],
    },
    { name: 'old Alpine before the table', code: 'FROM alpine:3.16\n', findings: [{ messageId: 'endedBefore', line: 1, column: 13, endColumn: 17 }] },
    { name: 'Debian 11 past LTS', code: 'FROM debian:bullseye-slim\n', findings: [{ messageId: 'ended', line: 1, column: 13, endColumn: 21 }] },
    { name: 'Python on Debian 10', code: 'FROM python:3.11-slim-buster\n', findings: [{ messageId: 'ended', line: 1, column: 23, endColumn: 29 }] },
    { name: 'Ubuntu 20.04 (ESM by subscription)', code: 'FROM ubuntu:20.04\n', findings: [{ messageId: 'ended', line: 1, column: 13, endColumn: 18 }] },
    { name: 'CentOS 7', code: 'FROM centos:7\n', findings: [{ messageId: 'ended', line: 1, column: 13, endColumn: 14 }] },
    {
      name: 'builder stage one level lower',
      code: 'FROM golang:1.21-alpine AS build\nFROM gcr.io/distroless/static-debian13:nonroot\n',
      findings: [{ messageId: 'endedBefore', line: 1, column: 13, endColumn: 17, severity: 'medium' }],
    },
    { name: 'from an ARG default', code: 'ARG PY=3.8\nFROM python:${PY}-slim\n', findings: [{ messageId: 'endedBefore', line: 2, column: 6, endColumn: 23, related: [':1:8'] }] },
    { name: 'deprecated openjdk image', code: 'FROM openjdk:17-jdk-slim\n', findings: [{ messageId: 'deprecated', line: 1, column: 6, endColumn: 25, severity: 'medium' }] },
    { name: '.NET 6 on Microsoft Container Registry', code: 'FROM mcr.microsoft.com/dotnet/aspnet:6.0\n', findings: [{ messageId: 'ended', line: 1, column: 38, endColumn: 41 }] },
    { name: 'official image through library/ prefix', code: 'FROM docker.io/library/php:8.1-fpm\n', findings: [{ messageId: 'ended', line: 1, column: 28, endColumn: 31 }] },
  ],
});
