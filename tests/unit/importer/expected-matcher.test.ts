import { describe, expect, it } from 'vitest';
import { matchExpected } from './expected-matcher';

describe('expected matcher', () => {
  const actual = {
    title: 'Senior Developer',
    company: 'ACME  Corp',
    postedAt: '2024-01-15',
    deadline: null,
    skills: ['Python', 'Go'],
    salary: { min: 1, max: 2, currency: 'USD', period: null },
  };
  it('accepts matching rules', () => {
    expect(
      matchExpected(actual, {
        title: { equals: 'senior developer (m/w/d)' },
        company: { contains: 'acme' },
        postedAt: '2024-01-15',
        deadline: null,
        skills: { includes: ['python'] },
        salary: { min: 1, max: 2, currency: 'USD', period: null },
        location: { anyOf: ['x'] },
      }).filter((m) => !m.startsWith('location')),
    ).toEqual([]);
  });
  it('reports each failing field', () => {
    const failures = matchExpected(actual, {
      title: { equals: 'Junior Developer' },
      deadline: '2024-02-01',
      postedAt: null,
      skills: { includes: ['Rust'] },
      salary: { min: 1, max: 3, currency: 'USD', period: null },
      company: { anyOf: ['Globex', 'Initech'] },
    });
    expect(failures.map((f) => f.split(':')[0])).toEqual(['title', 'deadline', 'postedAt', 'skills', 'salary.max', 'company']);
  });
});
