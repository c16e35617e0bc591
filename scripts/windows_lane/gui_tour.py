"""Step 5 of the Windows lane: the GUI's demo tour under Windows Python, offscreen.

    python.exe scripts\\windows_lane\\gui_tour.py FONT_DIR TOUR_DIR

Wine does not hand environment variables named QT_* on to Windows programs, so they are
set here. Qt's offscreen platform on Windows reads fonts only from QT_QPA_FONTDIR (there is
no fontconfig), so the lane gives it Debian's DejaVu fonts; on a real Windows the
"windows" platform uses the system's fonts (Segoe UI).
"""

from __future__ import annotations

import os
import runpy
import sys

if __name__ == "__main__":
    font_dir, tour_dir = sys.argv[1], sys.argv[2]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_QPA_FONTDIR"] = font_dir
    sys.argv = ["pasoss-activator", "--demo", "--tour", tour_dir]
    runpy.run_module("pasoss_activator", run_name="__main__", alter_sys=True)
