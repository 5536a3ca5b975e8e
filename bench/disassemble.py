#!/usr/bin/env python3
"""Disassembles a C2-compiled method from HotSpot's PrintAssembly output when hsdis is missing.

Without hsdis, -XX:CompileCommand=print prints each compiled method's code as hex words. This
script takes the last "Compiled method (c2)" block of such output (the one a JMH run measures,
as a rule) and disassembles its code with objdump. Usage:

  java -jar bench/target/benchmarks.jar 'LookupReadBenchmark.getById_tether$' -f 1 -wi 3 -i 1 \
      -p size=10000 -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions \
      -XX:CompileCommand=print,*LookupReadBenchmark_getById_tether_jmhTest::getById_tether_avgt_jmhStub" \
      > print.txt
  python3 bench/disassemble.py print.txt
"""
import re
import subprocess
import sys
import tempfile

WORDS = re.compile(r'\s*(0x[0-9a-f]+): ((?:[0-9a-f]{2,8}\s*\|?\s*)+)$')


def main(path):
    lines = open(path).read().split('\n')
    starts = [i for i, line in enumerate(lines) if line.startswith('Compiled method (c2)')]
    if not starts:
        sys.exit('no "Compiled method (c2)" block in ' + path)
    print(lines[starts[-1]])
    base, code, in_code = None, bytearray(), False
    for line in lines[starts[-1] + 1:]:
        if line.startswith('Compiled method') or '[Exception Handler]' in line or '[Stub Code]' in line:
            break
        if '[Entry Point]' in line or '[Verified Entry Point]' in line:
            in_code = True
        words = WORDS.match(line)
        if words and in_code:
            address = int(words.group(1), 16)
            raw = bytes.fromhex(re.sub(r'[\s|]', '', words.group(2)))
            base = address if base is None else base
            offset = address - base
            code.extend(b'\x90' * max(0, offset - len(code)))
            code[offset:offset + len(raw)] = raw
    with tempfile.NamedTemporaryFile(suffix='.bin') as binary:
        binary.write(code)
        binary.flush()
        print(subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64', '--adjust-vma=%#x' % base,
                              binary.name], capture_output=True, text=True, check=True).stdout)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: disassemble.py PRINT_ASSEMBLY_OUTPUT')
    main(sys.argv[1])
