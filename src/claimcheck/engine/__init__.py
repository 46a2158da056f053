"""The run machinery: the claim store (`store`), extraction into it (`extraction`), the check step's tasks
(`tasks`) and the pipeline that turns a corpus and rules into one `Report` (`pipeline`)."""
