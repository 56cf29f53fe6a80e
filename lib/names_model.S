/* names_model.S - embeds the trained names model (models/names.bin) and the
 * gazetteers (data/names/gazetteer.tsv, data/names/lexicon.tsv) into
 * libgizli, so no file is needed at run time. The paths are relative to the
 * lib/ include directory. names_model_stamp.h, rewritten by the trainer and
 * the gazetteer script, makes the build system re-assemble this file when
 * they change. */
#include "names_model_stamp.h"
#if defined(__ELF__)
.section .note.GNU-stack,"",%progbits
#endif
        .section .rodata
        .balign 64
        .globl gz_names_model_data
        .hidden gz_names_model_data
gz_names_model_data:
        .incbin "../models/names.bin"
        .globl gz_names_model_end
        .hidden gz_names_model_end
gz_names_model_end:
        .balign 16
        .globl gz_names_gaz_data
        .hidden gz_names_gaz_data
gz_names_gaz_data:
        .incbin "../data/names/gazetteer.tsv"
        .globl gz_names_gaz_end
        .hidden gz_names_gaz_end
gz_names_gaz_end:
        .balign 16
        .globl gz_names_lex_data
        .hidden gz_names_lex_data
gz_names_lex_data:
        .incbin "../data/names/lexicon.tsv"
        .globl gz_names_lex_end
        .hidden gz_names_lex_end
gz_names_lex_end:
        .byte 0
