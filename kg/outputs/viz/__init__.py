"""The interactive network page (`network`) and the script, style and HTML it is made of."""
