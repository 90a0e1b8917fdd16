#pragma once

// The one function the editor module exports, resolved by name when the executable loads it.
// Returns the process's exit code. file is null for a new release; with fileAsNew non-zero the
// file is opened as a new, untitled release.
using EditorEntryPoint = int (*)(int argc, char **argv, const char *file, int fileAsNew);
inline constexpr char editorEntryPointName[] = "releasedeskRunEditor";
