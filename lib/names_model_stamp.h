/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* 2d1e06ec6e8ec837 8753208 names.bin */
/* 74052efdcfeb7d0d 555237 gazetteer.tsv */
/* d4c01f73e6e7f935 50947 lexicon.tsv */
