'use client';
export function ProgressFile() {
  return null;
}
