/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* 01f0ad4d65773ca5 8478840 names.bin */
/* 74052efdcfeb7d0d 555237 gazetteer.tsv */
/* 43dd96829fcdc731 43705 lexicon.tsv */
