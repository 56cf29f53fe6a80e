/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* f5ba7bb6c24c16ef 8478848 names.bin */
/* 831459d31370ac9f 414837 gazetteer.tsv */
/* f027b221ae26e4c7 42770 lexicon.tsv */
