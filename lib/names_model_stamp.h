/* names_model_stamp.h - included by names_model.S only so that the build
 * system re-assembles it when the embedded files change (.incbin inputs are
 * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite
 * it. Do not edit. */
/* a0b9ce00617a87f9 8753200 names.bin */
/* 74052efdcfeb7d0d 555237 gazetteer.tsv */
/* c5c94d1703836387 54237 lexicon.tsv */
