-- CreateIndex
CREATE INDEX "Product_normalizedName_id_idx" ON "Product"("normalizedName", "id");

