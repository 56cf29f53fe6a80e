/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* 93a045aaf0668a49 8478848 names.bin */
/* 831459d31370ac9f 414837 gazetteer.tsv */
/* f027b221ae26e4c7 42770 lexicon.tsv */
