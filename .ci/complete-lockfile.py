#!/usr/bin/env python3
"""Adds the lockfile entries of platform-specific optional packages that this workplace's npm
registry does not serve (e.g. @swc/core-darwin-arm64), so that `npm ci` accepts the lockfile.

The entries carry os/cpu/libc, so npm skips them on other platforms without fetching anything.
Run after regenerating package-lock.json here: python3 .ci/complete-lockfile.py
"""
import json
import re
import subprocess

out = subprocess.run(['npm', 'ci', '--dry-run'], capture_output=True, text=True)
missing = sorted(set(re.findall(r'Missing: (\S+?)@\S* from lock file', out.stdout + out.stderr)))
if not missing:
    print('package-lock.json is complete')
    raise SystemExit(0)

lock = json.load(open('package-lock.json'))
packages = lock['packages']
for name in missing:
    parent = next((meta for meta in packages.values() if name in meta.get('optionalDependencies', {})), None)
    if parent is None:
        raise SystemExit(f'{name} is missing but no package lists it as optional: run npm install')
    platform = re.search(r'(darwin|win32|linux|android|freebsd|openharmony|sunos|aix)-(arm64|arm|x64|ia32|ppc64|s390x|loong64|riscv64)', name)
    if platform is None:
        raise SystemExit(f'{name}: cannot tell its platform')
    entry = {'version': parent['optionalDependencies'][name], 'cpu': [platform.group(2)], 'optional': True, 'os': [platform.group(1)]}
    if parent.get('dev'):
        entry['dev'] = True
    if 'musl' in name:
        entry['libc'] = ['musl']
    elif 'gnu' in name:
        entry['libc'] = ['glibc']
    packages[f'node_modules/{name}'] = entry
lock['packages'] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != '', kv[0])))
with open('package-lock.json', 'w') as f:
    json.dump(lock, f, indent=2)
    f.write('\n')
print(f'added {len(missing)} platform entries: {", ".join(missing)}')
