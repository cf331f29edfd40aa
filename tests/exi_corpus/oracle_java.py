"""Small Java harnesses compiled against the exi-oracle's EXICodec.jar (nothing in /work/shared changes):
where the jar is, the reflection helper they share, and compiling one."""
from __future__ import annotations

import subprocess
from pathlib import Path

ORACLE_HOME = Path.home() / ".cache" / "exi-oracle"
ORACLE_JAR = ORACLE_HOME / "EXICodec.jar"

# EXICodec keeps its schema and grammar lookups private; a harness reaches them with find().
# A harness source marks where it goes with the line "    // find()".
FIND_METHOD = r"""    static Method find(Class<?> c, String name, Class<?>... types) throws Exception {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try { Method m = k.getDeclaredMethod(name, types); m.setAccessible(true); return m; }
            catch (NoSuchMethodException e) { }
        }
        throw new NoSuchMethodException(name);
    }
"""


def with_find(source: str) -> str:
    return source.replace("    // find()\n", FIND_METHOD)


def compile_harness(class_name: str, source: str, out: Path) -> None:
    """Write `source` as out/<class_name>.java and compile it next to it."""
    java = out / f"{class_name}.java"
    java.write_text(source, encoding="utf-8")
    subprocess.run(["javac", "-nowarn", "-cp", str(ORACLE_JAR), "-d", str(out), str(java)], check=True,
                   capture_output=True)
