/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* e6d6b36823e8bb3f 8478840 names.bin */
/* 831459d31370ac9f 414837 gazetteer.tsv */
/* 43dd96829fcdc731 43705 lexicon.tsv */
