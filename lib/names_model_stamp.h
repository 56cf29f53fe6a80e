/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* ec1a94727d0c6be9 8753200 names.bin */
/* 74052efdcfeb7d0d 555237 gazetteer.tsv */
/* b02a3bc9a0fbc767 43892 lexicon.tsv */
