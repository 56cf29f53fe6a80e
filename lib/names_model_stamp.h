/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* a93fc45158312171 8753216 names.bin */
/* 74052efdcfeb7d0d 555237 gazetteer.tsv */
/* 7f5de75cf5132479 118102 lexicon.tsv */
