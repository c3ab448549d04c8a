import { describe, expect, it } from 'vitest';
import { allRounds, getResponsibilityMatrix, lessonRounds, prepareRounds } from './matrix';

describe('prepareRounds', () => {
  const matrix = getResponsibilityMatrix();

  it('resolves each card to its layer, answer and explanation', () => {
    const [fargate] = prepareRounds(matrix, ['fargate']);
    const plugins = fargate.cards.find((card) => card.id === 'plugins');
    expect(plugins).toMatchObject({ label: 'Storage, logging and monitoring plugins', answer: 'shared' });
    expect(plugins?.explanation).toMatch(/FireLens/);
    expect(fargate.sources.map((source) => source.url)).toContain('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html');
  });

  it('offers a Shared zone only in rounds whose answer key uses it', () => {
    const zones = Object.fromEntries(allRounds(matrix).map((round) => [round.id, round.zones]));
    expect(zones).toEqual({
      ec2: ['you', 'aws'],
      'ecs-on-ec2': ['you', 'shared', 'aws'],
      fargate: ['you', 'shared', 'aws'],
      lambda: ['you', 'aws'],
      'eks-on-fargate': ['you', 'shared', 'aws'],
    });
  });

  it('lists the layers a round leaves out, with the reason, by label', () => {
    const [lambda] = prepareRounds(matrix, ['lambda']);
    expect(lambda.omitted.map((item) => item.label)).toEqual(['Network configuration', 'Storage, logging and monitoring plugins']);
  });

  it('gives the lesson the EC2 and Fargate rounds, and the practice page every round', () => {
    expect(lessonRounds(matrix).map((round) => round.id)).toEqual(['ec2', 'ecs-on-ec2', 'fargate']);
    expect(allRounds(matrix)).toHaveLength(5);
  });

  it('refuses an unknown round id', () => {
    expect(() => prepareRounds(matrix, ['nope'])).toThrow(/no round "nope"/);
  });
});

describe('the answer key matches the course reference (section B)', () => {
  const owner = (round: string, layer: string) => prepareRounds(getResponsibilityMatrix(), [round])[0].cards.find((card) => card.id === layer)?.answer;

  it.each([
    ['ec2', 'os', 'you'],
    ['ec2', 'host-scaling', 'you'],
    ['ecs-on-ec2', 'host-scaling', 'shared'],
    ['ecs-on-ec2', 'workload-scaling', 'shared'],
    ['fargate', 'host-scaling', 'aws'],
    ['fargate', 'workload-scaling', 'shared'],
    ['lambda', 'workload-scaling', 'aws'],
    ['eks-on-fargate', 'workload-scaling', 'shared'],
    ['ecs-on-ec2', 'ecs-agent', 'you'],
    ['ecs-on-ec2', 'runtime', 'you'],
    ['fargate', 'os', 'aws'],
    ['fargate', 'runtime', 'aws'],
    ['fargate', 'plugins', 'shared'],
    ['fargate', 'network', 'you'],
    ['lambda', 'image', 'you'],
    ['lambda', 'os', 'aws'],
    ['eks-on-fargate', 'kubelet', 'aws'],
    ['eks-on-fargate', 'os', 'aws'],
  ])('%s: %s is %s', (round, layer, expected) => {
    expect(owner(round, layer)).toBe(expected);
  });

  it('physical servers and virtualization are AWS everywhere, application and IAM yours everywhere', () => {
    for (const round of allRounds()) {
      const answers = Object.fromEntries(round.cards.map((card) => [card.id, card.answer]));
      expect([answers.physical, answers.vm, answers.application, answers.iam]).toEqual(['aws', 'aws', 'you', 'you']);
    }
  });
});
